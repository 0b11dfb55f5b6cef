package dev.commitmenttracker.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The due date a commitment sentence states: "by March 2024" (the last day of that month), "by 31 March 2024", "by the
 * end of 2023" (31 December), "by the end of 2024/25" (the financial year: 31 March 2025), "by summer 2024" (the last
 * day of the season), "within six months" (counted from the publication date, when known). The first such phrase
 * wins; a sentence with none has no due date of its own.
 */
final class DueDates {

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String BY =
            "\\b(?:by|before|no\\s+later\\s+than|until)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?";
    private static final Pattern BY_MONTH = Pattern.compile(
            BY + "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+)?" + MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})\\b", I);
    private static final Pattern BY_FINANCIAL_YEAR = Pattern.compile(
            BY + "(?:financial\\s+year\\s+)?(?<first>20\\d{2})\\s*[/\\u2013-]\\s*(?<second>\\d{2}|20\\d{2})\\b", I);
    private static final Pattern BY_YEAR =
            Pattern.compile(BY + "(?:(?:calendar\\s+)?year\\s+)?(?<year>20\\d{2})\\b(?!\\s*[/\\u2013-]\\s*\\d)", I);
    private static final Pattern BY_SEASON =
            Pattern.compile(BY + "(?<season>spring|summer|autumn)\\s+(?:of\\s+)?(?<year>20\\d{2})\\b", I);
    private static final Pattern WITHIN = Pattern.compile(
            "\\bwithin\\s+(?:the\\s+next\\s+)?(?<n>\\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen)"
                    + "\\s+(?<unit>months?|weeks?)\\b",
            I);
    private static final Map<String, Integer> WORDS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "nine", 9, "twelve", 12, "eighteen", 18);
    private static final Map<String, Integer> SEASON_END = Map.of("spring", 5, "summer", 8, "autumn", 11);

    private DueDates() {}

    /**
     * The due date the sentence states, {@code YYYY-MM-DD}.
     *
     * @param published the response's publication date ({@code YYYY-MM-DD} or {@code YYYY-MM}), for "within six
     *                  months"; may be null
     */
    static Optional<String> in(String sentence, String published) {
        String s = Wording.normalise(sentence);
        Matcher m = BY_MONTH.matcher(s);
        if (m.find()) {
            try {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
                LocalDate date =
                        m.group("day") != null ? month.atDay(Integer.parseInt(m.group("day"))) : month.atEndOfMonth();
                return Optional.of(date.toString());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        m = BY_FINANCIAL_YEAR.matcher(s);
        if (m.find()) {
            int second = Integer.parseInt(m.group("second"));
            int year = second < 100 ? Integer.parseInt(m.group("first")) / 100 * 100 + second : second;
            return Optional.of(LocalDate.of(year, 3, 31).toString());
        }
        m = BY_SEASON.matcher(s);
        if (m.find()) {
            return Optional.of(YearMonth.of(
                            Integer.parseInt(m.group("year")),
                            SEASON_END.get(m.group("season").toLowerCase(Locale.ROOT)))
                    .atEndOfMonth()
                    .toString());
        }
        m = BY_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(
                    LocalDate.of(Integer.parseInt(m.group("year")), 12, 31).toString());
        }
        m = WITHIN.matcher(s);
        if (m.find() && published != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
            LocalDate from =
                    published.length() == 7 ? YearMonth.parse(published).atDay(1) : LocalDate.parse(published);
            LocalDate due = m.group("unit").toLowerCase(Locale.ROOT).startsWith("month")
                    ? from.plusMonths(count)
                    : from.plusWeeks(count);
            return Optional.of(due.toString());
        }
        return Optional.empty();
    }

    private static int month(String written) {
        return switch (written.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
