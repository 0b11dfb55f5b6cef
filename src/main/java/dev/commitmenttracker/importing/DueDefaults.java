package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.InspectionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The default due date of an imported commitment that states none, per kind of inspection: so many months after the
 * publication date. Configured as {@code tracker.importing.default-due.<kind code>} (months); the standard rule is
 * 12 months for Area inspection programme baselines, Area assurance inspections and thematic inspections, 6 months
 * for follow-ups, and 12 months when the kind is not known.
 */
public record DueDefaults(Map<InspectionKind, Integer> months, int otherwise) {

    /** The standard rule, used by the command line and when nothing is configured. */
    public static final DueDefaults STANDARD = new DueDefaults(
            Map.of(
                    InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE, 12,
                    InspectionKind.AREA_ASSURANCE_INSPECTION, 12,
                    InspectionKind.THEMATIC, 12,
                    InspectionKind.FOLLOW_UP, 6),
            12);

    public DueDefaults {
        Map<InspectionKind, Integer> copy = new EnumMap<>(InspectionKind.class);
        copy.putAll(months);
        months = Map.copyOf(copy);
    }

    /** The default for a draft: the date, and the rule as a sentence. */
    public DefaultDue forDraft(String kindCode, String published) {
        Optional<InspectionKind> kind = InspectionKind.fromCode(kindCode);
        int n = kind.map(k -> months.getOrDefault(k, otherwise)).orElse(otherwise);
        String rule = kind.map(InspectionKind::code).orElse("kind not known") + ": " + n + " months after publication";
        if (published == null) {
            return new DefaultDue(null, rule);
        }
        try {
            LocalDate from =
                    published.length() == 7 ? YearMonth.parse(published).atDay(1) : LocalDate.parse(published);
            return new DefaultDue(from.plusMonths(n).toString(), rule);
        } catch (java.time.format.DateTimeParseException e) {
            return new DefaultDue(null, rule);
        }
    }
}
