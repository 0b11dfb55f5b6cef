package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.shared.AreaCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A commitment's joint Areas as rows keep them: codes joined by commas, "" when there are none. */
public final class JointAreas {

    private JointAreas() {}

    public static String encode(List<AreaCode> jointWith) {
        return jointWith.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<AreaCode> decode(String jointWith) {
        return jointWith == null || jointWith.isEmpty()
                ? List.of()
                : Arrays.stream(jointWith.split(",")).map(AreaCode::valueOf).toList();
    }

    /** The Areas a commitment counts under: its own first, then those it is held jointly with. */
    public static List<AreaCode> withOwn(AreaCode own, String jointWith) {
        List<AreaCode> areas = new ArrayList<>();
        areas.add(own);
        areas.addAll(decode(jointWith));
        return areas;
    }
}
