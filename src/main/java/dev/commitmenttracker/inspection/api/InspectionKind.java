package dev.commitmenttracker.inspection.api;

/** The kinds of HMCPSI inspection an Area responds to. */
public enum InspectionKind {
    AREA_ASSURANCE_INSPECTION,
    AREA_INSPECTION_PROGRAMME_BASELINE,
    FOLLOW_UP,
    THEMATIC
}
