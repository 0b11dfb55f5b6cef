package dev.commitmenttracker.importing;

import dev.commitmenttracker.commitment.api.Cadence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how often a commitment sentence promises its check: "monthly", "every quarter", "six-monthly", "annually"...
 * The first rhythm named wins; null when none is. Longer phrases are tried before the words they contain, so that
 * "six-monthly" is not read as monthly nor "bi-annual" as annual.
 */
final class CadenceDetector {

    private static final List<Map.Entry<Cadence, String>> PHRASES = List.of(
            Map.entry(
                    Cadence.SIX_MONTHLY,
                    "six[- ]?monthly|every six months|each six months|half[- ]yearly|bi-?annual(?:ly)?"
                            + "|twice (?:a|per|each) year"),
            Map.entry(Cadence.WEEKLY, "weekly|every week|each week"),
            Map.entry(Cadence.MONTHLY, "monthly|every month|each month"),
            Map.entry(Cadence.QUARTERLY, "quarterly|every quarter|each quarter"),
            Map.entry(Cadence.YEARLY, "annual(?:ly)?|yearly|every year|each year|once a year"));

    private static final Pattern ANY = Pattern.compile(
            "\\b(?:"
                    + String.join(
                            "|",
                            PHRASES.stream().map(e -> "(" + e.getValue() + ")").toList())
                    + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CadenceDetector() {}

    /** The cadence the sentence names first, or null. */
    static Cadence in(String sentence) {
        if (sentence == null) {
            return null;
        }
        Matcher found = ANY.matcher(sentence.toLowerCase(Locale.ROOT));
        if (!found.find()) {
            return null;
        }
        for (int group = 1; group <= PHRASES.size(); group++) {
            if (found.group(group) != null) {
                return PHRASES.get(group - 1).getKey();
            }
        }
        return null;
    }
}
