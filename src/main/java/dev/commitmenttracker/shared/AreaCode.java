package dev.commitmenttracker.shared;

import java.util.Arrays;
import java.util.Optional;

/** The fourteen CPS Areas, as fixed reference data. */
public enum AreaCode {
    LONDON_NORTH("CPS London North"),
    LONDON_SOUTH("CPS London South"),
    SOUTH_WEST("CPS South West"),
    NORTH_EAST("CPS North East"),
    NORTH_WEST("CPS North West"),
    WEST_MIDLANDS("CPS West Midlands"),
    EAST_MIDLANDS("CPS East Midlands"),
    EAST_OF_ENGLAND("CPS East of England"),
    MERSEY_CHESHIRE("CPS Mersey-Cheshire"),
    SOUTH_EAST("CPS South East"),
    THAMES_AND_CHILTERN("CPS Thames and Chiltern"),
    WESSEX("CPS Wessex"),
    YORKSHIRE_AND_HUMBERSIDE("CPS Yorkshire and Humberside"),
    CYMRU_WALES("CPS Cymru Wales");

    private final String displayName;

    AreaCode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds the Area a document names, with or without the "CPS " prefix, ignoring case, dashes and spacing. */
    public static Optional<AreaCode> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = simplify(name.replaceFirst("(?i)^\\s*CPS\\s+", ""));
        return Arrays.stream(values())
                .filter(area -> simplify(area.displayName.substring(4)).equals(wanted) || area.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    private static String simplify(String text) {
        return text.toLowerCase().replaceAll("[^a-z]+", " ").replace(" and ", " ").replace("&", " ").trim().replaceAll("\\s+", " ");
    }
}
