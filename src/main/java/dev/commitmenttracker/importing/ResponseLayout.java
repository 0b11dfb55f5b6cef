package dev.commitmenttracker.importing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of a response document: the introduction (the Area's summary of the report), the
 * preamble of the issues section (what comes between its heading and the first issue, such as an
 * overarching strategy), and the issues with their responses.
 *
 * @param lines        every line of the document
 * @param introduction lines before the issues section
 * @param preamble     lines of the issues section before the first issue, without a summary list of the issues
 * @param issues       the issues to address, in document order
 */
record ResponseLayout(List<Line> lines, List<Line> introduction, List<Line> preamble, List<IssueBlock> issues) {

    private static final Pattern ISSUES_HEADING =
            Pattern.compile("\\bissues?\\s+(?:for\\s+the\\s+area\\s+)?to\\s+address\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[\\u2022\\u25cf\\u25aa\\u25e6\\u00b7\\u2023*+-]|\\d{1,2}[.)])\\s+\\S.*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final double SAME_ISSUE = 0.5;

    static ResponseLayout of(String document) {
        List<Line> lines = Line.split(document);
        int headingAt = issuesHeading(lines, lines.size());
        List<IssueBlock> issues = IssueFinder.find(lines, headingAt < 0 ? 0 : headingAt);
        int firstIssueLine =
                issues.stream().mapToInt(IssueBlock::firstLine).min().orElse(lines.size());
        int firstBodyLine = issues.stream()
                .mapToInt(b ->
                        b.body().isEmpty() ? Integer.MAX_VALUE : b.body().get(0).index())
                .min()
                .orElse(lines.size());
        headingAt = issuesHeading(lines, firstIssueLine);
        int introEnd = headingAt < 0 ? firstIssueLine : headingAt;
        Set<Integer> headingLines = issues.stream()
                .flatMap(b -> b.heading().stream())
                .map(Line::index)
                .collect(Collectors.toSet());
        List<Set<String>> issueWords =
                issues.stream().map(issue -> words(issue.text())).toList();
        List<Line> preamble = lines
                .subList(
                        headingAt < 0 ? introEnd : headingAt + 1,
                        Math.max(introEnd, Math.min(firstBodyLine, lines.size())))
                .stream()
                .filter(l -> !headingLines.contains(l.index()))
                .filter(l -> !restatesAnIssue(l, issueWords))
                .toList();
        return new ResponseLayout(lines, lines.subList(0, introEnd), preamble, issues);
    }

    /** The lines before the first issue: where the title, date, kind and ratings are. */
    List<Line> header() {
        int end = issues.stream().mapToInt(IssueBlock::firstLine).min().orElse(lines.size());
        return lines.subList(0, end);
    }

    private static int issuesHeading(List<Line> lines, int before) {
        for (Line line : lines.subList(0, before)) {
            Interruption.check();
            String text = Wording.trim(line.text());
            if (ISSUES_HEADING.matcher(text).find() && !text.endsWith(".") && text.split("\\s+").length <= 20) {
                return line.index();
            }
        }
        return -1;
    }

    private static boolean restatesAnIssue(Line line, List<Set<String>> issueWords) {
        if (!LIST_ITEM.matcher(line.text()).matches()) {
            return false;
        }
        Set<String> words = words(line.text());
        return issueWords.stream().anyMatch(issue -> jaccard(words, issue) >= SAME_ISSUE);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(Wording.normalise(text).toLowerCase(Locale.ROOT).split("[^a-z0-9%]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
