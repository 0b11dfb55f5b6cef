package dev.commitmenttracker.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies with sensible defaults, so that a test names only what it is about. */
public final class Requests {

    private Requests() {}

    /** A commitment of the given Area with plausible defaults; change entries with {@link #with}. */
    public static Map<String, Object> commitment(String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area", area);
        body.put("jointWith", List.of());
        body.put("theme", "disclosure");
        body.put("text", "Legal managers will check disclosure schedules in a monthly sample of cases.");
        body.put("committedOn", "2022-05-10");
        body.put("dueDate", "2023-03-31");
        return body;
    }

    public static Map<String, Object> inspection(String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area", area);
        body.put("kind", "AREA_INSPECTION_PROGRAMME_BASELINE");
        body.put("title", "Area inspection programme baseline");
        body.put("publishedOn", "2022-05-01");
        body.put("ratings", Map.of());
        body.put(
                "issues",
                List.of(
                        Map.of(
                                "number",
                                1,
                                "text",
                                "Case analysis needs to improve before and after charge.",
                                "theme",
                                "case-analysis-strategy"),
                        Map.of(
                                "number",
                                2,
                                "text",
                                "Disclosure duties are not met consistently.",
                                "theme",
                                "disclosure")));
        return body;
    }

    /**
     * A commitment of the unit made on 1 June 2026, due 30 June 2027, owing a monthly check by {@code method} from the
     * day it was made; the key-value pairs replace entries as {@link #with} does.
     */
    public static Map<String, Object> plannedMonthly(String area, String method, Object... keyValues) {
        return with(
                with(
                        commitment(area),
                        "committedOn",
                        "2026-06-01",
                        "dueDate",
                        "2027-06-30",
                        "assurancePlan",
                        Map.of("method", method, "cadence", "MONTHLY", "startsOn", "2026-06-01")),
                keyValues);
    }

    /** A copy of the body with entries replaced (a null value removes the entry). */
    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }

    public static Map<String, Object> map(Object... keyValues) {
        return with(Map.of(), keyValues);
    }
}
