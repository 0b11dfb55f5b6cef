package dev.commitmenttracker.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the recorded inspection a follow-up response returns to, from the title and date the response gives it ("its
 * follow-up of the 2022 inspection of custody time limit handling in the CPS, published in May 2022"), among the
 * inspections of the draft's unit published before the follow-up, follow-ups themselves left out (a follow-up returns
 * to the inspection that made the findings). A candidate matches when its publication date
 * starts with the date named (a month names every day of it) and the words of the two titles that say what the
 * inspection was about mostly agree: at least {@value #TITLE_OVERLAP} of the shorter title's such words are in the
 * other (words such as "inspection", "CPS", years and "the" say nothing about it). When the response names only one of
 * title and date, that one decides. Exactly one match is linked; none or several leave the link to the reviewer, with
 * a warning.
 */
final class EarlierInspections {

    /** The share of the shorter title's subject words that the other title must hold. */
    static final double TITLE_OVERLAP = 0.6;

    /** A recorded inspection the follow-up may return to; {@code followUp} when it is itself a follow-up. */
    record Candidate(String id, String title, LocalDate publishedOn, boolean followUp) {

        Candidate(String id, String title, LocalDate publishedOn) {
            this(id, title, publishedOn, false);
        }
    }

    /** The inspection linked, or null with the warning that says why none is. */
    record Resolution(String inspectionId, DraftWarning warning) {}

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words of a report's title that name no subject: the inspectorate, the service, the kind of report. */
    private static final Set<String> NOT_SUBJECT = Set.of(
            "a",
            "an",
            "the",
            "of",
            "in",
            "on",
            "to",
            "for",
            "and",
            "by",
            "with",
            "into",
            "its",
            "our",
            "their",
            "at",
            "cps",
            "crown",
            "prosecution",
            "service",
            "hmcpsi",
            "his",
            "her",
            "majesty",
            "majesty's",
            "inspectorate",
            "inspection",
            "report",
            "review",
            "follow",
            "up",
            "followup",
            "response",
            "thematic",
            "joint",
            "published",
            "area",
            "national");

    private EarlierInspections() {}

    /**
     * @param named     the earlier report as the response names it (may be null)
     * @param unit      the unit's name, for the warning
     * @param before    the follow-up's publication date; candidates published on or after it are not earlier
     * @param recorded  the recorded inspections of the draft's unit
     */
    static Resolution resolve(FollowsUp named, String unit, LocalDate before, List<Candidate> recorded) {
        boolean titled = named != null
                && named.title() != null
                && !subject(named.title()).isEmpty();
        boolean dated =
                named != null && named.published() != null && !named.published().isBlank();
        if (!titled && !dated) {
            return new Resolution(
                    null,
                    DraftWarning.of(
                            DraftWarning.FOLLOWS_UP_NOT_FOUND,
                            "The response does not name the inspection it follows up: set follows_up.inspection_id to"
                                    + " the recorded inspection, or its grades are not recorded as judgements."));
        }
        List<Candidate> matches = recorded.stream()
                .filter(candidate -> linkable(candidate, before))
                .filter(candidate ->
                        !dated || candidate.publishedOn().toString().startsWith(named.published()))
                .filter(candidate -> !titled || sameSubject(named.title(), candidate.title()))
                .toList();
        String described = "'" + (titled ? named.title() : "the earlier report") + "'"
                + (dated ? " (published " + named.published() + ")" : "");
        if (matches.size() == 1) {
            return new Resolution(matches.get(0).id(), null);
        }
        if (matches.isEmpty()) {
            return new Resolution(
                    null,
                    DraftWarning.of(
                            DraftWarning.FOLLOWS_UP_NOT_FOUND,
                            "No recorded inspection of " + unit + " matches " + described + ": record it first, or set"
                                    + " follows_up.inspection_id; until then the grades are not recorded as judgements."));
        }
        return new Resolution(
                null,
                DraftWarning.of(
                        DraftWarning.FOLLOWS_UP_AMBIGUOUS,
                        matches.size() + " recorded inspections of " + unit + " match " + described + " ("
                                + String.join(
                                        ", ",
                                        matches.stream()
                                                .map(m -> m.id() + " '" + m.title() + "' " + m.publishedOn())
                                                .toList())
                                + "): set follows_up.inspection_id to the one it follows up."));
    }

    /** Whether a follow-up published on {@code before} (null when not read) may follow up this inspection. */
    static boolean linkable(Candidate candidate, LocalDate before) {
        return !candidate.followUp()
                && (before == null || candidate.publishedOn().isBefore(before));
    }

    /** Whether most subject words of the shorter title are in the longer one. */
    static boolean sameSubject(String one, String other) {
        Set<String> a = subject(one);
        Set<String> b = subject(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() >= TITLE_OVERLAP * Math.min(a.size(), b.size());
    }

    /** A title's words that say what it is about: lower case, a plural's final "s" dropped, numbers and single letters
     * left out. */
    static Set<String> subject(String title) {
        Set<String> words = new HashSet<>();
        for (String word : WORD.split(title.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || NOT_SUBJECT.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            words.add(
                    word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                            ? word.substring(0, word.length() - 1)
                            : word);
        }
        return words;
    }
}
