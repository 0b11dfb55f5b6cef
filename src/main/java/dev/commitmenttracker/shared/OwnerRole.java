package dev.commitmenttracker.shared;

/** Who is accountable for a commitment: the canonical role codes of CPS responses, Area and national. */
public enum OwnerRole {
    CCP("Chief Crown Prosecutor"),
    DCCP("Deputy Chief Crown Prosecutor"),
    ABM("Area Business Manager"),
    SDCP("Senior District Crown Prosecutor"),
    DCP("District Crown Prosecutor"),
    LEGAL_MANAGER("Legal manager"),
    SDBM("Senior District Business Manager"),
    PBM("Paralegal Business Manager"),
    APM("Area Performance Manager"),
    HRBP("HR Business Partner"),
    DISCLOSURE_CHAMPION("Disclosure champion"),
    SENIOR_MANAGER("Senior manager"),
    DPP("Director of Public Prosecutions"),
    CHIEF_EXECUTIVE("Chief Executive"),
    DIRECTOR_LEGAL_SERVICES("Director of Legal Services"),
    NATIONAL_THEME_LEAD("National lead for a theme"),
    OPERATIONS_DIRECTORATE("Operations Directorate"),
    POLICY_DIRECTORATE("Strategy and Policy Directorate"),
    HEAD_OF_UNIT("Head of CPS Direct or of a casework division"),
    AREA("The Area (no role named)"),
    NATIONAL("The CPS nationally");

    private final String title;

    OwnerRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
