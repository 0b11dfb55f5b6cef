package dev.commitmenttracker.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an issue to address is about. Codes are the kebab-case names used in CPS responses' vocabulary. */
public enum Theme {
    CASE_ANALYSIS_STRATEGY,
    DISCLOSURE,
    FIRST_HEARING_PREPARATION,
    VICTIM_COMMUNICATION,
    DEFENCE_ENGAGEMENT,
    WITNESS_CARE,
    PEOPLE_WELLBEING,
    PERFORMANCE_DATA,
    POLICE_FILE_QUALITY,
    COMMUNITY_ENGAGEMENT,
    ORGANISATION,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Accepts the kebab-case code ("victim-communication") or the constant name ("VICTIM_COMMUNICATION"). */
    public static Optional<Theme> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(theme -> theme.code().equalsIgnoreCase(code.trim())
                        || theme.name().equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    @JsonCreator
    static Theme of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown theme '" + code + "'"));
    }
}
