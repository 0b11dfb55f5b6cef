package dev.commitmenttracker.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered issues to address: headings numbered "1.", "2)", "Issue 3", "## 4.", "**5.**"
 * that count up from 1 and carry a response, or, failing that, listed issues (bullets or numbers)
 * answered by "CPS Response" labels, each in turn or all in order after the list. Where numbered lists nest (steps numbered inside a response), a heading
 * continues the run written in the same style, and the run answering most issues wins.
 */
final class IssueFinder {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?<style>(?:#{1,6}\\s*)?(?:\\*\\*|__)?)\\s*(?<n>\\d{1,2})[.)]\\s+(?<text>\\S.*?)(?:\\*\\*|__)?\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISSUE_WORD = Pattern.compile(
            "^\\s*(?<style>(?:#{1,6}\\s*)?(?:\\*\\*|__)?)\\s*issue\\s+(?<n>\\d{1,2})\\b\\s*[.:)\\u2013\\u2014-]?"
                    + "\\s*(?:\\*\\*|__)?\\s*(?<text>.*?)(?:\\*\\*|__)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[\\u2022\\u25cf\\u25aa\\u25e6\\u00b7\\u2023*+-]|(?<n>\\d{1,2})[.)])\\s+(?<text>\\S.*?)\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private IssueFinder() {
    }

    /**
     * The issues among {@code lines} (the whole document): numbered headings, unless they are only a
     * summary list (nothing between the items) whose items the following labelled responses answer in
     * order; else list items each answered by a label.
     */
    static List<IssueBlock> find(List<Line> lines, int searchFrom) {
        List<IssueBlock> numbered = numbered(lines);
        boolean summaryOnly = numbered.size() > 1 && answered(numbered) == 1;
        if (!numbered.isEmpty() && !summaryOnly) {
            return numbered;
        }
        List<IssueBlock> listed = listed(lines, searchFrom);
        return listed.isEmpty() ? numbered : listed;
    }

    private record Candidate(int number, String style, String text, List<Line> heading) {
    }

    private static List<IssueBlock> numbered(List<Line> lines) {
        List<List<Candidate>> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<Candidate> candidate = candidate(lines, i);
            if (candidate.isEmpty()) {
                continue;
            }
            Candidate c = candidate.get();
            List<List<Candidate>> expecting = runs.stream()
                    .filter(r -> r.get(r.size() - 1).number() + 1 == c.number()).toList();
            Optional<List<Candidate>> run = expecting.stream()
                    .filter(r -> r.get(0).style().equals(c.style()))
                    .reduce((first, second) -> second)
                    .or(() -> expecting.stream().reduce((first, second) -> second));
            if (run.isPresent()) {
                run.get().add(c);
            } else if (c.number() == 1) {
                runs.add(new ArrayList<>(List.of(c)));
            }
            i = c.heading().get(c.heading().size() - 1).index();
        }
        return runs.stream()
                .map(run -> blocks(run, lines))
                .filter(blocks -> answered(blocks) > 0)
                .max(Comparator.comparingInt(IssueFinder::answered)
                        .thenComparingInt(List::size)
                        .thenComparingInt(blocks -> blocks.get(0).firstLine()))
                .orElse(List.of());
    }

    private static Optional<Candidate> candidate(List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher issue = ISSUE_WORD.matcher(line.text());
        if (issue.matches()) {
            String style = "issue:" + issue.group("style");
            int number = Integer.parseInt(issue.group("n"));
            if (!issue.group("text").isEmpty()) {
                return Optional.of(new Candidate(number, style, issue.group("text"), List.of(line)));
            }
            return nextNonBlank(lines, i).map(next ->
                    new Candidate(number, style, Wording.trim(next.text()), List.of(line, next)));
        }
        Matcher numbered = NUMBERED.matcher(line.text());
        if (numbered.matches()) {
            return Optional.of(new Candidate(Integer.parseInt(numbered.group("n")), numbered.group("style"),
                    numbered.group("text"), List.of(line)));
        }
        return Optional.empty();
    }

    private static Optional<Line> nextNonBlank(List<Line> lines, int i) {
        return lines.subList(i + 1, lines.size()).stream().filter(l -> !l.isBlank()).findFirst();
    }

    private static List<IssueBlock> blocks(List<Candidate> run, List<Line> lines) {
        List<IssueBlock> blocks = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Candidate c = run.get(k);
            int bodyFrom = c.heading().get(c.heading().size() - 1).index() + 1;
            int bodyTo = k + 1 < run.size() ? run.get(k + 1).heading().get(0).index() : lines.size();
            blocks.add(new IssueBlock(c.number(), c.text(), c.heading(), lines.subList(bodyFrom, bodyTo)));
        }
        return blocks;
    }

    private static int answered(List<IssueBlock> blocks) {
        return (int) blocks.stream().filter(b -> b.body().stream().anyMatch(l -> !l.isBlank())).count();
    }

    private static List<IssueBlock> listed(List<Line> lines, int searchFrom) {
        List<Line> region = lines.subList(searchFrom, lines.size());
        List<Line> bullets = region.stream().filter(l -> LIST_ITEM.matcher(l.text()).matches()).toList();
        List<Line> labels = region.stream().filter(l -> ResponseLabel.parse(l).isPresent()).toList();
        if (bullets.isEmpty() || labels.isEmpty()) {
            return List.of();
        }
        if (eachAnswered(bullets, labels)) {
            return anchoredAt(bullets, bullets, lines, true);
        }
        boolean summaryFirst = bullets.get(bullets.size() - 1).index() < labels.get(0).index();
        if (summaryFirst && bullets.size() == labels.size()) {
            return anchoredAt(bullets, labels, lines, false);
        }
        return List.of();
    }

    private static boolean eachAnswered(List<Line> bullets, List<Line> labels) {
        for (int k = 0; k < bullets.size(); k++) {
            int from = bullets.get(k).index();
            int to = k + 1 < bullets.size() ? bullets.get(k + 1).index() : Integer.MAX_VALUE;
            if (labels.stream().noneMatch(l -> l.index() > from && l.index() < to)) {
                return false;
            }
        }
        return true;
    }

    private static List<IssueBlock> anchoredAt(List<Line> bullets, List<Line> anchors, List<Line> lines,
                                               boolean bodyAfterAnchor) {
        List<IssueBlock> blocks = new ArrayList<>();
        for (int k = 0; k < bullets.size(); k++) {
            Line bullet = bullets.get(k);
            Matcher m = LIST_ITEM.matcher(bullet.text());
            m.matches();
            int number = m.group("n") == null ? k + 1 : Integer.parseInt(m.group("n"));
            int bodyFrom = anchors.get(k).index() + (bodyAfterAnchor ? 1 : 0);
            int bodyTo = k + 1 < anchors.size() ? anchors.get(k + 1).index() : lines.size();
            blocks.add(new IssueBlock(number, m.group("text"), List.of(bullet), lines.subList(bodyFrom, bodyTo)));
        }
        return blocks;
    }
}
