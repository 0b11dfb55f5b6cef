package dev.commitmenttracker.inspection.api;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of HMCPSI inspection an Area responds to. */
public enum InspectionKind {
    AREA_ASSURANCE_INSPECTION,
    AREA_INSPECTION_PROGRAMME_BASELINE,
    FOLLOW_UP,
    THEMATIC;

    /** The kebab-case code used in import drafts, e.g. {@code area-assurance-inspection}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<InspectionKind> fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code().equals(code) || kind.name().equals(code))
                .findFirst();
    }
}
