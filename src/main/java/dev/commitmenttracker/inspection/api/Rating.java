package dev.commitmenttracker.inspection.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** The grade an inspection gives a domain such as "Casework Quality". */
public enum Rating {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR;

    /** Accepts the word as inspection reports write it ("Fair") or the constant ("FAIR"). */
    @JsonCreator
    public static Rating of(String word) {
        return Arrays.stream(values())
                .filter(rating -> rating.name().equalsIgnoreCase(word == null ? "" : word.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown rating '" + word + "', expected one of " + Arrays.toString(values())));
    }
}
