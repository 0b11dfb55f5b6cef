package dev.commitmenttracker.shared;

/** Who is accountable for a commitment: the canonical role codes of CPS responses. */
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
