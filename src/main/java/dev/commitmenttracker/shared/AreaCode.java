package dev.commitmenttracker.shared;

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
}
