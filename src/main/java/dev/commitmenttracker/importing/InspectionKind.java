package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of HMCPSI inspection a response answers. */
public enum InspectionKind {
    AREA_INSPECTION_PROGRAMME_BASELINE("area-inspection-programme-baseline"),
    AREA_ASSURANCE_INSPECTION("area-assurance-inspection"),
    FOLLOW_UP("follow-up"),
    THEMATIC("thematic");

    private final String slug;

    InspectionKind(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }
}
