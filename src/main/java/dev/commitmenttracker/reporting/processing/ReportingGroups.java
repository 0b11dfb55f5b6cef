package dev.commitmenttracker.reporting.processing;

import java.util.List;

/** The processing groups of the reporting projections; each is a pooled streaming processor of the same name. */
public final class ReportingGroups {

    public static final String COMMITMENT_PROGRESS = "commitment-progress";
    public static final String EVIDENCE_REGISTER = "evidence-register";
    public static final String DUE_DATE_SLIPPAGE = "due-date-slippage";
    public static final String AREA_TIMELINE = "area-timeline";
    public static final String ASSURANCE_PLAN = "assurance-plan";

    public static final List<String> ALL =
            List.of(COMMITMENT_PROGRESS, EVIDENCE_REGISTER, DUE_DATE_SLIPPAGE, AREA_TIMELINE, ASSURANCE_PLAN);

    private ReportingGroups() {}
}
