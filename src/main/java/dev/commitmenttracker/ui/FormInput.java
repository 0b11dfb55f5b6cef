package dev.commitmenttracker.ui;

import dev.commitmenttracker.shared.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * A posted form, read field by field under the API's JSON names. A value that cannot be read is refused as the API
 * refuses it, with a {@link RuleViolation} naming the field, so pages show both kinds of refusal alike. A date comes
 * as one ISO value ({@code on=2024-05-01}) or as the GOV.UK date input's parts ({@code on-day}, {@code on-month},
 * {@code on-year}).
 */
final class FormInput {

    /** The fields pages show as GOV.UK date inputs: their error links go to the day part. */
    static final Set<String> DATE_FIELDS =
            Set.of("on", "effectiveOn", "dueDate", "judgedOn", "committedOn", "publishedOn");

    private final MultiValueMap<String, String> values;

    FormInput(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** The value stripped, or null when absent or blank. */
    String text(String name) {
        String value = values.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the form has this field at all, blank or not. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every non-blank value of a repeated field (checkboxes). */
    List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null
                ? List.of()
                : all.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .map(String::strip)
                        .toList();
    }

    Integer integer(String name) {
        Long value = wholeNumber(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw RuleViolation.invalid(
                    "validation.out-of-range",
                    name,
                    "The number " + value + " is far too large for " + ActLabels.field(name) + ".");
        }
        return value == null ? null : value.intValue();
    }

    Long wholeNumber(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(
                    "validation.not-a-number", name, "Enter " + ActLabels.field(name) + " as a whole number, like 20.");
        }
    }

    LocalDate date(String name) {
        String whole = text(name);
        if (whole != null) {
            try {
                return LocalDate.parse(whole);
            } catch (DateTimeException e) {
                throw notADate(name);
            }
        }
        String day = text(name + "-day");
        String month = text(name + "-month");
        String year = text(name + "-year");
        if (day == null && month == null && year == null) {
            return null;
        }
        if (day == null || month == null || year == null || year.length() != 4) {
            throw notADate(name);
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw notADate(name);
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(
                    "validation.unknown-value", name, "Choose " + ActLabels.field(name) + " from the list.");
        }
    }

    /** The version the user saw, sent back with every act: required, it is what makes a stale form harmless. */
    long version() {
        Long version = wholeNumber("version");
        if (version == null) {
            throw RuleViolation.invalid(
                    "validation.required",
                    "version",
                    "The form did not say which version of the commitment you saw; open it again.");
        }
        return version;
    }

    /** The values as sent, keyed by input id ({@link #id}), to show them again in the form that failed. */
    Map<String, String> echoed(String prefix) {
        Map<String, String> echoed = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (!name.equals("_csrf") && list != null && !list.isEmpty()) {
                echoed.put(id(prefix, name), list.get(0));
            }
        });
        return echoed;
    }

    /** The id of a form's input for a field name: {@code prefix-name}, an indexed name as {@code issues[2].text} becoming {@code issues-2-text}. */
    static String id(String prefix, String name) {
        String flat = name.replaceAll("[\\[\\].]+", "-");
        return prefix + "-" + (flat.endsWith("-") ? flat.substring(0, flat.length() - 1) : flat);
    }

    private static RuleViolation notADate(String name) {
        return RuleViolation.invalid(
                "validation.not-a-date",
                name,
                "Enter " + ActLabels.field(name) + " as a real date, with a day, a month and a four-digit year.");
    }
}
