package dev.commitmenttracker.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The CPS units an inspection or a commitment belongs to, as fixed reference data: the fourteen Areas first, then the
 * national level, CPS Direct and the central casework divisions, named as the CPS names them. The type keeps its
 * first name, from when only Areas were inspected, because stored events and the API's {@code area} field carry
 * these codes; {@link #areas()} gives the fourteen Areas alone.
 */
public enum AreaCode {
    LONDON_NORTH("CPS London North", UnitKind.AREA),
    LONDON_SOUTH("CPS London South", UnitKind.AREA),
    SOUTH_WEST("CPS South West", UnitKind.AREA),
    NORTH_EAST("CPS North East", UnitKind.AREA),
    NORTH_WEST("CPS North West", UnitKind.AREA),
    WEST_MIDLANDS("CPS West Midlands", UnitKind.AREA),
    EAST_MIDLANDS("CPS East Midlands", UnitKind.AREA),
    EAST_OF_ENGLAND("CPS East of England", UnitKind.AREA),
    MERSEY_CHESHIRE("CPS Mersey-Cheshire", UnitKind.AREA),
    SOUTH_EAST("CPS South East", UnitKind.AREA),
    THAMES_AND_CHILTERN("CPS Thames and Chiltern", UnitKind.AREA),
    WESSEX("CPS Wessex", UnitKind.AREA),
    YORKSHIRE_AND_HUMBERSIDE("CPS Yorkshire and Humberside", UnitKind.AREA),
    CYMRU_WALES("CPS Cymru Wales", UnitKind.AREA),
    NATIONAL("CPS Headquarters (national)", UnitKind.NATIONAL),
    CPS_DIRECT("CPS Direct", UnitKind.CPS_DIRECT),
    IJOCD("International Justice and Organised Crime Division", UnitKind.CASEWORK_DIVISION),
    SCCTD("Special Crime and Counter Terrorism Division", UnitKind.CASEWORK_DIVISION),
    SFD("Specialist Fraud Division", UnitKind.CASEWORK_DIVISION),
    PROCEEDS_OF_CRIME("CPS Proceeds of Crime", UnitKind.CASEWORK_DIVISION);

    private static final List<AreaCode> AREAS =
            Arrays.stream(values()).filter(AreaCode::isArea).toList();

    private final String displayName;
    private final UnitKind kind;

    AreaCode(String displayName, UnitKind kind) {
        this.displayName = displayName;
        this.kind = kind;
    }

    /** The fourteen geographic Areas, in their usual order. */
    public static List<AreaCode> areas() {
        return AREAS;
    }

    public UnitKind kind() {
        return kind;
    }

    public boolean isArea() {
        return kind == UnitKind.AREA;
    }

    public String displayName() {
        return displayName;
    }
}
