package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.UnitKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which units a report covers (the fourteen Areas, the national level, CPS Direct, the divisions: {@link AreaCode}).
 * {@code national}: every unit, and per-theme figures count each commitment once; else only the given units (an Area
 * manager's, one unit asked for, or those of one kind), each commitment counted under each of them.
 */
public record AreaScope(boolean national, Set<AreaCode> areas) {

    public AreaScope {
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
    }

    public static AreaScope everyArea() {
        return new AreaScope(true, EnumSet.allOf(AreaCode.class));
    }

    public static AreaScope only(Collection<AreaCode> areas) {
        return new AreaScope(false, areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas));
    }

    /**
     * This scope narrowed to the units of one kind (none: unchanged). Narrowed, it is no longer national: per-theme
     * figures are then summed over its units, so a joint commitment of two Areas counts under each (ADR 0014).
     */
    public AreaScope ofKind(UnitKind kind) {
        if (kind == null) {
            return this;
        }
        return only(areas.stream().filter(unit -> unit.kind() == kind).toList());
    }

    public boolean includes(AreaCode area) {
        return areas.contains(area);
    }

    /** No Area at all: an Area manager configured without Areas sees nothing. */
    public boolean isEmpty() {
        return areas.isEmpty();
    }
}
