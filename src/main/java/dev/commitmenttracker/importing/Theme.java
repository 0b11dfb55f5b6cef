package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an issue to address is about. */
public enum Theme {
    CASE_ANALYSIS_STRATEGY("case-analysis-strategy"),
    DISCLOSURE("disclosure"),
    FIRST_HEARING_PREPARATION("first-hearing-preparation"),
    VICTIM_COMMUNICATION("victim-communication"),
    DEFENCE_ENGAGEMENT("defence-engagement"),
    WITNESS_CARE("witness-care"),
    PEOPLE_WELLBEING("people-wellbeing"),
    PERFORMANCE_DATA("performance-data"),
    POLICE_FILE_QUALITY("police-file-quality"),
    COMMUNITY_ENGAGEMENT("community-engagement"),
    ORGANISATION("organisation"),
    OTHER("other");

    private final String slug;

    Theme(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }
}
