package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.FollowUpGrade;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a finding's wording says beyond its text: who it is addressed to ("Police forces should ...", "(for the
 * police)"), and, in a follow-up, the grade the inspectorate gave it ("Assessment: partially achieved").
 */
final class Findings {

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^(?:[(\\[]?[a-z0-9]{1,3}[.)\\]]\\s+)?(?:(?:by|within|from|in|over)\\s+[^,]{1,60},\\s*)?"
                    + "(?<who>[A-Z][^,.;:]{1,150}?)\\s+(?:should|must|need\\s+to|needs\\s+to|ought\\s+to|are\\s+to|is\\s+to)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOTE =
            Pattern.compile("\\((?:for|to|addressed\\s+to|directed\\s+(?:at|to))\\s+(?<who>[^)]{2,100})\\)", I);
    private static final Pattern BODY_NOTE = Pattern.compile(
            "\\b(?:recommendation|it)\\s+(?:is|was)\\s+(?:(?:made|addressed|directed)\\s+)?(?:to|for|at)\\s+"
                    + "(?<who>[^.;]{2,100}?)(?:\\s+(?:alone|only|rather\\s+than\\b[^.;]*|and\\s+not\\b[^.;]*))?[.;]",
            I);
    private static final Pattern CPS = Pattern.compile(
            "\\bCPS\\b|\\bcrown\\s+prosecution\\s+service\\b|\\bchief\\s+crown\\s+prosecutors?\\b|\\bprosecutors?\\b"
                    + "|\\bthe\\s+director\\s+of\\b|\\b(?:CPS\\s+)?areas\\b|\\bCPS\\s+Direct\\b|\\bdivisions?\\b|\\bwe\\b"
                    + "|\\bthe\\s+service\\b|\\bDPP\\b",
            I);
    private static final Pattern OTHERS = Pattern.compile(
            "\\bpolice\\b|\\bforces?\\b|\\bchief\\s+constables?\\b|\\bcollege\\s+of\\s+policing\\b|\\bNPCC\\b"
                    + "|\\bHMCTS\\b|\\bcourts?\\b|\\bjudiciary\\b|\\bhome\\s+office\\b|\\bministry\\b|\\bgovernment\\b"
                    + "|\\bwitness\\s+service\\b|\\bcitizens\\s+advice\\b|\\bdepartment\\b|\\bprobation\\b"
                    + "|\\bcommissioners?\\b|\\bprisons?\\b|\\bHMPPS\\b|\\blaw\\s+commission\\b|\\bvictims\\s+commissioner\\b",
            I);
    private static final Pattern GRADE = Pattern.compile(
            "\\b(?<grade>partially\\s+achieved|partly\\s+achieved|not\\s+achieved|no\\s+longer\\s+(?:applicable|relevant)"
                    + "|achieved|no\\s+meaningful\\s+progress|insufficient\\s+progress|limited\\s+progress"
                    + "|reasonable\\s+progress|good\\s+progress)\\b",
            I);
    private static final Pattern GRADE_LABEL = Pattern.compile(
            "\\b(?:assessment|assessed|status|grade|graded|judgement|judgment|judged|finding|rating|rated|progress"
                    + "|conclusion|concluded|outcome|found)\\b",
            I);
    private static final int SHORT_LINE_WORDS = 8;

    private Findings() {}

    /** Who a finding is addressed to, as written; empty when its wording names no one. */
    static Optional<String> addressedTo(String text, List<Line> body) {
        Matcher note = NOTE.matcher(text);
        if (note.find()) {
            return Optional.of(Wording.trim(note.group("who")));
        }
        Matcher m = ADDRESSEE.matcher(Wording.normalise(text));
        if (m.find()) {
            return Optional.of(Wording.trim(m.group("who")));
        }
        for (Line line : body) {
            Matcher b = BODY_NOTE.matcher(line.text());
            if (b.find() && OTHERS.matcher(b.group("who")).find()) {
                return Optional.of(Wording.trim(b.group("who")));
            }
        }
        return Optional.empty();
    }

    /** Whether a finding addressed to {@code who} is the CPS's (alone or with others); true when no one is named. */
    static boolean forCps(Optional<String> who) {
        return who.map(w -> CPS.matcher(w).find() || !namesOthers(w)).orElse(true);
    }

    /** Whether the addressee's head names a body other than the CPS ("Police forces", "The College of Policing"). */
    private static boolean namesOthers(String who) {
        String head = String.join(
                " ",
                java.util.Arrays.stream(who.replaceFirst("(?i)^(?:the|all|each|every|local)\\s+", "")
                                .split("\\s+"))
                        .limit(4)
                        .toList());
        return OTHERS.matcher(head).find();
    }

    /**
     * The grade given to a finding in a follow-up: a grade phrase in its heading, on a short line of its body, or on a
     * line that labels it ("Inspectors' assessment: achieved", "judged to be partially achieved").
     */
    static Optional<FollowUpGrade> grade(List<Line> heading, List<Line> body) {
        for (List<Line> lines : List.of(heading, body)) {
            for (Line line : lines) {
                Matcher m = GRADE.matcher(line.text());
                if (!m.find()) {
                    continue;
                }
                boolean shortLine = line.text().strip().split("\\s+").length <= SHORT_LINE_WORDS;
                boolean labelled =
                        GRADE_LABEL.matcher(line.text().substring(0, m.start())).find();
                boolean inHeading = lines == heading
                        && line.text().substring(0, m.start()).matches("(?s).*[(\\[:\\u2013\\u2014-]\\s*[*_]*\\s*$");
                if (shortLine || labelled || inHeading) {
                    return Optional.of(gradeOf(m.group("grade")));
                }
            }
        }
        return Optional.empty();
    }

    private static FollowUpGrade gradeOf(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "partially achieved", "partly achieved" -> FollowUpGrade.PARTIALLY_ACHIEVED;
            case "not achieved" -> FollowUpGrade.NOT_ACHIEVED;
            case "achieved" -> FollowUpGrade.ACHIEVED;
            case "no meaningful progress" -> FollowUpGrade.NO_MEANINGFUL_PROGRESS;
            case "insufficient progress", "limited progress" -> FollowUpGrade.INSUFFICIENT_PROGRESS;
            case "reasonable progress" -> FollowUpGrade.REASONABLE_PROGRESS;
            case "good progress" -> FollowUpGrade.GOOD_PROGRESS;
            default -> FollowUpGrade.NO_LONGER_APPLICABLE;
        };
    }

    private static final Pattern FOLLOWS_UP = Pattern.compile(
            "\\bfollow[\\s-]?up\\s+(?:inspection|review|report|visit)?\\s*(?:of|to|on|into)\\s+(?<title>[^.\\n]{5,240}?)"
                    + "(?=\\s*[.;\\n]|,\\s+(?:which|that|and|where|published)\\b|\\s+(?:which|that)\\s+(?:was|were|made|found)\\b|$)",
            I);
    private static final Pattern EARLIER = Pattern.compile("\\b(?:inspection|report|review)\\b", I);

    /**
     * The earlier report a follow-up returns to, as the introduction names it ("its follow-up inspection of the 2022
     * inspection of ..., published in May 2022"), with the first date in the rest of that sentence.
     */
    static Optional<FollowsUp> followsUp(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Matcher m = FOLLOWS_UP.matcher(paragraph);
            while (m.find()) {
                String title = Wording.trim(m.group("title").replaceFirst("(?i)^(?:the|its|our|an?)\\s+", ""));
                if (title.split("\\s+").length < 3 || !EARLIER.matcher(title).find()) {
                    continue;
                }
                int sentenceEnd = paragraph.indexOf(". ", m.end());
                String rest = paragraph.substring(m.start(), sentenceEnd < 0 ? paragraph.length() : sentenceEnd);
                String published = PublicationDate.allIn(rest).stream()
                        .findFirst()
                        .map(PublicationDate::iso)
                        .orElse(null);
                return Optional.of(new FollowsUp(title, published));
            }
        }
        return Optional.empty();
    }
}
