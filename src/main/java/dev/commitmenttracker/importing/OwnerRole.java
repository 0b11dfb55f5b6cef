package dev.commitmenttracker.importing;

/** Who is accountable for a commitment: a canonical CPS role, the Area as a whole, or the CPS nationally. */
public enum OwnerRole {
    CCP, DCCP, ABM, SDCP, DCP, LEGAL_MANAGER, SDBM, PBM, APM, HRBP, DISCLOSURE_CHAMPION, SENIOR_MANAGER,
    /** The Area, when no role is named ("The Area will ...", "We ...", passive sentences). */
    AREA,
    /** The CPS nationally ("The CPS ...", the national victim communication programme). */
    NATIONAL
}
