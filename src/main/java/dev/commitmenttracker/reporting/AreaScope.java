package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which Areas a report covers. {@code national}: every Area, and per-theme figures count each commitment once; else
 * only the given Areas (an Area manager's, or one Area asked for), each commitment counted under each of them.
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

    public boolean includes(AreaCode area) {
        return areas.contains(area);
    }

    /** No Area at all: an Area manager configured without Areas sees nothing. */
    public boolean isEmpty() {
        return areas.isEmpty();
    }
}
