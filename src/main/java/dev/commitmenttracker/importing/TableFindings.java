package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings laid out as a table of recommendations with a response column: a markdown table ({@code | 1. The CPS
 * should ... | We will ... |}) or an HTML table, which {@link HtmlText} renders one row a line with cells separated by
 * {@code " | "}. A row is a finding when its first cell (or a number cell before it) numbers it, counting up from 1;
 * its response is the cell under a heading naming a response, else the cell after the finding's text. The response
 * cell becomes the finding's body, as a line of its own with its offsets in the document.
 */
final class TableFindings {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern RULE_ROW = Pattern.compile("^[\\s|:\\-]+$");
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*+(?:\\*\\*|__)?+\\s*+(?:(?<word>recommendation|issue(?:\\s++to\\s++address)?+|(?:aspect|area)\\s++for"
                    + "\\s++improvement)\\s++)?+(?:(?<n>\\d{1,2})|\\((?<l>[a-z])\\))\\s*+(?:\\*\\*|__)?+\\s*+[.:)\\u2013\\u2014-]?+"
                    + "\\s*+(?:\\*\\*|__)?+\\s*+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RESPONSE_HEADING =
            Pattern.compile("\\bresponse|\\baction|\\bcomment", Pattern.CASE_INSENSITIVE);

    private TableFindings() {}

    /** A cell of a row: its text trimmed, with its offsets in the document. */
    private record Cell(int start, int end, String text) {}

    static List<IssueBlock> find(List<Line> lines) {
        List<IssueBlock> blocks = new ArrayList<>();
        int responseColumn = -1;
        FindingKind headedKind = null;
        for (Line line : lines) {
            Interruption.check();
            if (!line.text().contains("|") || RULE_ROW.matcher(line.text()).matches()) {
                continue;
            }
            List<Cell> cells = cells(line);
            if (cells.size() < 2) {
                continue;
            }
            Matcher first = NUMBER.matcher(cells.get(0).text());
            if (!first.lookingAt()) {
                // a heading row: which column holds the response, and what the rows are
                for (int k = 0; k < cells.size(); k++) {
                    if (RESPONSE_HEADING.matcher(cells.get(k).text()).find()) {
                        responseColumn = k;
                        break;
                    }
                }
                String heading = cells.get(0).text().toLowerCase(Locale.ROOT);
                if (heading.contains("recommendation")) {
                    headedKind = FindingKind.RECOMMENDATION;
                } else if (heading.contains("issue")) {
                    headedKind = FindingKind.ISSUE_TO_ADDRESS;
                } else if (heading.contains("improvement")) {
                    headedKind = FindingKind.ASPECT_FOR_IMPROVEMENT;
                }
                continue;
            }
            int number = first.group("n") != null
                    ? Integer.parseInt(first.group("n"))
                    : first.group("l").charAt(0) - 'a' + 1;
            if (number != blocks.size() + 1) {
                continue;
            }
            Cell finding = cells.get(0);
            int textColumn = 0;
            String text = Wording.trim(finding.text().substring(first.end())).replaceAll("(\\*\\*|__)$", "");
            if (text.isEmpty()) {
                textColumn = 1;
                text = IssueFinder.headingText(cells.get(1).text());
            }
            int responseAt =
                    responseColumn > textColumn && responseColumn < cells.size() ? responseColumn : textColumn + 1;
            if (text.isEmpty() || responseAt >= cells.size()) {
                continue;
            }
            Cell response = cells.get(responseAt);
            List<Line> body = response.text().isEmpty()
                    ? List.of()
                    : List.of(new Line(line.index(), response.start(), response.end(), response.text()));
            FindingKind kind = first.group("word") != null ? IssueFinder.kindOf(first.group("word")) : headedKind;
            blocks.add(
                    new IssueBlock(Wording.trim(text).length() > 0 ? number : number, text, List.of(line), body, kind));
        }
        boolean answered = blocks.stream().anyMatch(b -> !b.body().isEmpty());
        return answered && blocks.size() >= 1 ? blocks : List.of();
    }

    private static List<Cell> cells(Line line) {
        List<Cell> cells = new ArrayList<>();
        String text = line.text();
        Matcher bar = CELL_SEPARATOR.matcher(text);
        int from = 0;
        List<int[]> spans = new ArrayList<>();
        while (bar.find()) {
            spans.add(new int[] {from, bar.start()});
            from = bar.end();
        }
        spans.add(new int[] {from, text.length()});
        boolean markdown = text.strip().startsWith("|");
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            if (markdown
                    && (k == 0 || k == spans.size() - 1)
                    && text.substring(span[0], span[1]).isBlank()) {
                continue;
            }
            int start = span[0];
            int end = span[1];
            while (start < end && Wording.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && Wording.isSpace(text.charAt(end - 1))) {
                end--;
            }
            cells.add(new Cell(line.start() + start, line.start() + end, text.substring(start, end)));
        }
        return cells;
    }
}
