package dev.commitmenttracker.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in a response ("25/10/2018", "12 October 2021", "May 2022", "October 12, 2021",
 * "2021-10-12"), as {@code YYYY-MM-DD} when the day is given and {@code YYYY-MM} otherwise.
 *
 * @param position offset of the date in the text it was found in
 * @param iso      the date in ISO form
 * @param hasDay   whether the day of the month was given
 */
record PublicationDate(int position, String iso, boolean hasDay) {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("\\b(?<day>\\d{1,2})/(?<monthNumber>\\d{1,2})/" + YEAR + "\\b"),
            Pattern.compile("\\b" + YEAR + "-(?<monthNumber>\\d{2})-(?<day>\\d{2})\\b"),
            Pattern.compile(
                    "\\b(?<day>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\b" + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL + ",?\\s+" + YEAR + "\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE));

    /** Every date in the text, in order of appearance; a day-precise reading wins over a month within it. */
    static List<PublicationDate> allIn(String text) {
        List<PublicationDate> found = new ArrayList<>();
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (Pattern format : FORMATS) {
            Matcher m = format.matcher(text);
            while (m.find()) {
                Interruption.check();
                int start = m.start();
                int end = m.end();
                if (overlapsAny(taken, start, end)) {
                    continue;
                }
                read(m).ifPresent(iso -> {
                    found.add(new PublicationDate(start, iso, iso.length() == 10));
                    taken.put(start, end);
                });
            }
        }
        found.sort(Comparator.comparingInt(PublicationDate::position));
        return found;
    }

    /** Whether [start, end) overlaps one of the taken spans (start to end), which never overlap each other. */
    private static boolean overlapsAny(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.lowerEntry(end);
        return before != null && before.getValue() > start;
    }

    private static Optional<String> read(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month = hasGroup(m, "monthNumber")
                    ? Integer.parseInt(m.group("monthNumber"))
                    : MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
            if (hasGroup(m, "day")) {
                return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day")))
                        .toString());
            }
            return Optional.of(YearMonth.of(year, month).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasGroup(Matcher m, String group) {
        return m.pattern().pattern().contains("<" + group + ">") && m.group(group) != null;
    }
}
