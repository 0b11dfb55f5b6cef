package dev.commitmenttracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence is a commitment: an action the Area or the CPS will take, is taking or
 * has put in place. Agreement, background, findings of the report, purpose, research descriptions
 * and status reports are not.
 */
final class CommitmentClassifier {

    /** Where a sentence stands, which sets how much evidence of action is needed. */
    enum Setting {
        /** The Area's summary of the report: only forward-looking or ongoing action counts. */
        INTRODUCTION,
        /** Text answering the issues: past and present actions count too. */
        RESPONSE
    }

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final String ROLE = RoleMention.ANY;
    private static final String ACTOR = "(?:we|the\\s+area|the\\s+cps|cps|they|it|" + ROLE + ")";
    private static final String PARTICIPLE = "(?:[a-z]+ed|begun|set\\s+up|set|made|taken|put|built|undertaken|run"
            + "|held|written|given|sent|done|led|brought|drawn|chosen|shown|sought|taught|met|kept|spent|won)";
    private static final String ADVERBS = "(?:(?:also|now|already|recently|since|just|further|successfully|jointly"
            + "|currently|actively|still|then|first|subsequently|therefore|regularly)\\s+)*";

    static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "^(?:(?:however|in\\s+addition|additionally|likewise"
                    + "|furthermore|moreover|also|further|finally|locally|nationally|separately|similarly|in\\s+particular)"
                    + "\\b,?\\s*)+",
            I);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ",\\s*(?:and|but)\\s+|;\\s*"
                    + "|\\s+(?:and|but)\\s+(?=(?:also\\s+)?(?:we|the\\s+area|the\\s+cps|cps|will|would|shall|had|has|have)\\b)",
            I);
    private static final Pattern CONCESSIVE = Pattern.compile("^(?:although|though|while|whilst|despite)\\b", I);
    private static final Pattern STANCE = Pattern.compile(
            "^(?:we|the\\s+area|the\\s+cps|cps|i)\\s+"
                    + "(?:(?:also|fully|strongly|very\\s+much)\\s+)?(?:welcome[sd]?|agree[sd]?|accept(?:s|ed)?"
                    + "|recogni[sz]e[sd]?|acknowledge[sd]?|note[sd]?|(?:are|is|am)\\s+(?:pleased|proud|delighted"
                    + "|encouraged|grateful))\\b",
            I);
    private static final Pattern NOT_AN_ACTOR = Pattern.compile(
            "^(?:(?:the|this|that|its|our|their)\\s+)?"
                    + "(?:research|report|inspection|inspectorate|inspectors?|survey|study|evaluation|purpose|aim)\\b",
            I);
    private static final Pattern PURPOSE = Pattern.compile(
            "^(?:this|that|these|it)(?:\\s+\\w+)?\\s+will\\s+"
                    + "(?:ensure|mean|help|allow|enable|lead|result)\\b|\\bwill\\s+be\\s+informed\\s+by\\b",
            I);

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall)\\b|\\b(?:is|are|am)\\s+going\\s+to\\b"
                    + "|\\b(?:intends?|plans?|undertakes?|commits?)\\s+to\\b|\\bcommitted\\s+to\\b",
            I);
    private static final Pattern UNDERWAY = Pattern.compile(
            "\\b(?:work|action|activity|progress|a\\s+review)\\s+is\\s+"
                    + "(?:already\\s+|now\\s+)?(?:underway|under\\s+way|ongoing|in\\s+progress)\\b",
            I);
    private static final Pattern PROGRESSIVE = Pattern.compile(
            "\\b" + ACTOR + "\\s+(?:is|are|am)\\s+" + ADVERBS + "(?!being\\b|going\\b)([a-z]+ing)\\b", I);
    private static final Pattern ROLE_ACTING =
            Pattern.compile("\\b" + ROLE + "\\s+(?:will\\b|(?:is|are)\\s+" + ADVERBS + "(?!being\\b)[a-z]+ing\\b)", I);
    private static final Pattern PERFECT_ACTIVE =
            Pattern.compile("\\b(?:has|have|had)\\s+" + ADVERBS + "(?!been\\b)(" + PARTICIPLE + ")\\b", I);
    private static final Pattern PERFECT_SUBJECT = Pattern.compile("\\b" + ACTOR + "\\b", I);
    private static final Pattern PERFECT_PASSIVE = Pattern.compile(
            "\\b(?:has|have|had)\\s+" + ADVERBS + "been\\s+(?:[a-z]+ly\\s+)?(" + PARTICIPLE + ")\\b", I);
    private static final Pattern PAST_BY_US = Pattern.compile(
            "\\b(?:we|the\\s+area|the\\s+cps)\\s+" + ADVERBS
                    + "([a-z]+ed|began|undertook|ran|held|took|built|wrote|sent|set\\s+up|led|made)\\b",
            I);
    private static final Pattern INCLUDES = Pattern.compile(
            "^(?:this|it|(?:the|our|this)\\s+[a-z-]+(?:\\s+[a-z-]+){0,3})"
                    + "\\s+(?:also\\s+)?(?:includes|included|will\\s+include)\\b",
            I);
    private static final String PASSIVE = "\\b(?:is|are)\\s+(?:[a-z]+ly\\s+)?(?:[a-z]+ed"
            + "|undertaken|done|carried\\s+out|made|held|run|led|overseen)\\b";
    private static final Pattern PASSIVE_BY_ROLE =
            Pattern.compile(PASSIVE + ".*?\\bby\\s+" + "(?:(?:our|the|all|each|a|an|their)\\s+)?" + ROLE, I);
    private static final Pattern PASSIVE_VERB = Pattern.compile(PASSIVE, I);
    private static final Pattern RELATIVE_PRONOUN_AT_END = Pattern.compile("(?i)\\b(?:which|that|who)\\s*");
    /** The characters {@code .} does not match. */
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";

    private static final Pattern PAST_PASSIVE = Pattern.compile(
            "\\b(?:was|were)\\s+" + ADVERBS + "(" + PARTICIPLE
                    + ")(?:\\s+(?:out|up|in|on))?\\s+(?:to|for|across|in|at|by|with|on)\\b",
            I);
    private static final Pattern DEFINITE_SUBJECT =
            Pattern.compile("^(?:the|this|these|that|those|it|they|its" + "|their)\\b", I);
    private static final Pattern NOW_IN_PLACE = Pattern.compile(
            "\\bnow\\s+(?:has|have)\\s+(?:a|an|its|their|our"
                    + "|two|three|four|five|\\d+)\\b|\\bthere\\s+(?:is|are)\\s+now\\b"
                    + "|\\bnow\\s+(?:includes?|contains?|covers?|requires?|uses?)\\s+(?:a|an|the|its|their|our|\\d+)\\b",
            I);
    /** "... as set out below", "... how we will act on each of them": announcing the response, not acting. */
    private static final Pattern ANNOUNCING = Pattern.compile(
            "\\bset\\s+out\\s+(?:below|in\\s+the\\s+following)\\b|\\bbelow\\s+(?:how|what)\\s+we\\s+will\\b", I);
    /** "This work will be completed by the end of 2024": a date given for actions already listed. */
    private static final Pattern DATE_REPORT = Pattern.compile(
            "^(?:this|that|all\\s+(?:of\\s+)?this|the\\s+(?:work|action|actions|plan|project))(?:\\s+(?:work|activity|action|plan|project))?"
                    + "\\s+will\\s+be\\s+(?:completed|finished|concluded|in\\s+place|delivered|fully\\s+implemented)\\b",
            I);

    private static final Pattern PASSIVE_PROGRESSIVE =
            Pattern.compile("\\b(?:is|are)\\s+being\\s+" + PARTICIPLE + "\\b", I);

    /** Participles that report, judge or feel rather than act. */
    private static final Set<String> NOT_ACTIONS = Set.of(
            "seen",
            "welcomed",
            "noted",
            "recognised",
            "recognized",
            "acknowledged",
            "found",
            "commended",
            "praised",
            "assessed",
            "described",
            "rated",
            "highlighted",
            "received",
            "experienced",
            "accepted",
            "agreed",
            "needed",
            "wanted",
            "hoped",
            "expected",
            "pleased",
            "exacerbated",
            "contributed",
            "suggested",
            "concluded",
            "observed",
            "stated",
            "inspected",
            "asked",
            "required");
    /** Passive participles that only report the status of something already listed. */
    private static final Set<String> STATUS = Set.of("completed", "published", "finished", "concluded");

    private static final Set<String> NOT_VERBS =
            Set.of("thing", "something", "nothing", "anything", "everything", "during", "morning", "evening");

    private CommitmentClassifier() {}

    static boolean isCommitment(String sentence, Setting setting) {
        String lead = LEADING_ADVERBIAL.matcher(Wording.normalise(sentence)).replaceFirst("");
        if (PURPOSE.matcher(lead).find()
                || ANNOUNCING.matcher(lead).find()
                || DATE_REPORT.matcher(lead).find()) {
            return false;
        }
        List<String> clauses = clauses(lead);
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            if (i == 0 && CONCESSIVE.matcher(clause).find()) {
                int comma = clause.indexOf(',');
                clause = comma < 0 ? "" : clause.substring(comma + 1).strip();
            }
            boolean framed = i == 0
                    && (STANCE.matcher(clause).find()
                            || NOT_AN_ACTOR.matcher(clause).find());
            if (framed ? ROLE_ACTING.matcher(clause).find() : acts(clause, setting)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONTINUING = Pattern.compile(
            "\\bcontinu(?:e|es|ing)\\s+to\\b|\\bongoing\\b|\\bwill\\s+include\\b|\\b(?:includes|including)\\b", I);

    /**
     * Whether a commitment sentence only reports finished work ("We have developed ...", "A new module was rolled out
     * ..."): no clause of it looks forward or reports work under way.
     */
    static boolean reportsDone(String sentence) {
        String lead = LEADING_ADVERBIAL.matcher(Wording.normalise(sentence)).replaceFirst("");
        for (String clause : clauses(lead)) {
            if (FUTURE.matcher(clause).find()
                    || UNDERWAY.matcher(clause).find()
                    || progressive(clause)
                    || ROLE_ACTING.matcher(clause).find()
                    || PASSIVE_PROGRESSIVE.matcher(clause).find()
                    || CONTINUING.matcher(clause).find()
                    || passiveByRole(clause)
                    || INCLUDES.matcher(clause).find()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> clauses(String sentence) {
        List<String> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            clauses.add(sentence.substring(start, m.start()));
            start = m.end();
        }
        clauses.add(sentence.substring(start));
        return clauses;
    }

    private static boolean acts(String clause, Setting setting) {
        if (FUTURE.matcher(clause).find() || UNDERWAY.matcher(clause).find() || progressive(clause)) {
            return true;
        }
        if (setting == Setting.INTRODUCTION) {
            return false;
        }
        return perfectActive(clause)
                || perfectPassive(clause)
                || found(PAST_BY_US, clause, NOT_ACTIONS)
                || pastPassive(clause)
                || NOW_IN_PLACE.matcher(clause).find()
                || INCLUDES.matcher(clause).find()
                || passiveByRole(clause)
                || PASSIVE_PROGRESSIVE.matcher(clause).find();
    }

    private static boolean progressive(String clause) {
        return found(PROGRESSIVE, clause, NOT_VERBS);
    }

    /**
     * "We have appointed ...", "The Area has introduced ...", "... and have refreshed ...": a perfect
     * with an actor before it (not "... which has ...") or nothing before it. The text before each verb
     * is judged from the first actor and the words just before the verb, never re-read from the start.
     */
    private static boolean perfectActive(String clause) {
        Matcher actor = PERFECT_SUBJECT.matcher(clause);
        int firstActor = actor.find() ? actor.start() : Integer.MAX_VALUE;
        int firstText = 0;
        while (firstText < clause.length() && Character.isWhitespace(clause.charAt(firstText))) {
            firstText++;
        }
        int firstLineBreak = firstIndexOfAny(clause, LINE_BREAKS, 0);
        Matcher m = PERFECT_ACTIVE.matcher(clause);
        while (m.find()) {
            if (NOT_ACTIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean blank = m.start() <= firstText;
            if (blank || firstActor < m.start() && !endsWithRelativePronoun(clause, m.start(), firstLineBreak)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code clause} up to {@code end} matches {@code (?i).*\\b(?:which|that|who)\\s*$}: the
     * pronoun is found by reading back over the white space at the end.
     */
    private static boolean endsWithRelativePronoun(String clause, int end, int firstLineBreak) {
        int wordEnd = end;
        while (wordEnd > 0 && " \t\n\u000B\f\r".indexOf(clause.charAt(wordEnd - 1)) >= 0) {
            wordEnd--;
        }
        for (int length = 3; length <= 5; length++) {
            int wordStart = wordEnd - length;
            if (wordStart >= 0
                    && wordStart <= firstLineBreak
                    && RELATIVE_PRONOUN_AT_END
                            .matcher(clause)
                            .region(wordStart, end)
                            .useTransparentBounds(true)
                            .matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... is overseen by the DCCP": a passive verb followed, later in the clause (on the same line),
     * by "by" and a role. If the first passive verb on a line has no such "by" after it, no later one
     * on that line has, so each line is read once.
     */
    private static boolean passiveByRole(String clause) {
        Matcher verb = PASSIVE_VERB.matcher(clause);
        Matcher whole = PASSIVE_BY_ROLE.matcher(clause).useTransparentBounds(true);
        int from = 0;
        while (from <= clause.length() && verb.find(from)) {
            if (whole.region(verb.start(), clause.length()).lookingAt()) {
                return true;
            }
            int lineBreak = firstIndexOfAny(clause, LINE_BREAKS, verb.start());
            if (lineBreak == Integer.MAX_VALUE) {
                return false;
            }
            from = lineBreak + 1;
        }
        return false;
    }

    private static int firstIndexOfAny(String text, String chars, int from) {
        for (int k = from; k < text.length(); k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "A dip check ... has been implemented", but not "... has been completed". */
    private static boolean perfectPassive(String clause) {
        Matcher m = PERFECT_PASSIVE.matcher(clause);
        while (m.find()) {
            String participle = m.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_ACTIONS.contains(participle) && !STATUS.contains(participle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A new module was rolled out to all prosecutors ...": something introduced by the sentence. A
     * definite subject ("The new templates were first used in ...") reports on something already
     * listed, and "... was published on ..." reports a status.
     */
    private static boolean pastPassive(String clause) {
        if (DEFINITE_SUBJECT.matcher(clause).find()) {
            return false;
        }
        Matcher m = PAST_PASSIVE.matcher(clause);
        while (m.find()) {
            String participle = m.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_ACTIONS.contains(participle) && !STATUS.contains(participle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean found(Pattern pattern, String clause, Set<String> excluded) {
        Matcher m = pattern.matcher(clause);
        while (m.find()) {
            if (!excluded.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
