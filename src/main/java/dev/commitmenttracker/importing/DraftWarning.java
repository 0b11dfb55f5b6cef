package dev.commitmenttracker.importing;

/**
 * Something a reviewer must check in a draft before committing it, with a stable code.
 *
 * @param code    stable code, e.g. {@code no-findings}, {@code cut-short}, {@code no-unit-named}
 * @param message what the reviewer should check, in one sentence
 */
public record DraftWarning(String code, String message) {

    /** No numbered recommendations, issues to address or aspects for improvement were found. */
    public static final String NO_FINDINGS = "no-findings";
    /** The text stops mid-sentence. */
    public static final String CUT_SHORT = "cut-short";
    /** No CPS Area or unit is named: the draft is recorded as national. */
    public static final String NO_UNIT_NAMED = "no-unit-named";
    /** Several Areas are named and the title names none of them: the draft is recorded as national. */
    public static final String AMBIGUOUS_UNIT = "ambiguous-unit";
    /** No publication date was found. */
    public static final String NO_DATE = "no-date";
    /** The kind of inspection answered was not found. */
    public static final String NO_KIND = "no-kind";
    /** Findings were found, but no sentence reads as a commitment. */
    public static final String NO_COMMITMENTS = "no-commitments";
    /** A follow-up response whose findings carry no grade the parser could read. */
    public static final String NO_GRADES = "no-grades";
    /** A follow-up whose earlier inspection is not named, or matches no recorded inspection of its unit. */
    public static final String FOLLOWS_UP_NOT_FOUND = "follows-up-not-found";
    /** A follow-up whose earlier inspection, as named, matches several recorded inspections of its unit. */
    public static final String FOLLOWS_UP_AMBIGUOUS = "follows-up-ambiguous";

    static DraftWarning of(String code, String message) {
        return new DraftWarning(code, message);
    }
}
