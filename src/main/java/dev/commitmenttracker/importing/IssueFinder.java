package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.FindingKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered issues to address: headings numbered "1.", "2)", "Issue 3", "## 4.", "**5.**"
 * that count up from 1 and carry a response, or, failing that, listed issues (bullets or numbers)
 * answered by "CPS Response" labels, each in turn or all in order after the list. Where numbered lists nest (steps numbered inside a response), a heading
 * continues the run written in the same style, and the run answering most issues wins.
 */
final class IssueFinder {

    /* Each line pattern reads the start of a line; the text to the end of the line is cut by textFrom,
    so no quantifier ever backs off over a long run of white space. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*+(?<style>(?:#{1,6}+\\s*+)?+(?:\\*\\*|__)?+)\\s*+(?<n>\\d{1,2})[.)]\\s++",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISSUE_WORD = Pattern.compile(
            "^\\s*+(?<style>(?:#{1,6}+\\s*+)?+(?:\\*\\*|__)?+)\\s*+(?<word>issue(?:\\s++(?:for\\s++the\\s++area\\s++)?to\\s++address)?+"
                    + "|recommendation|(?:aspect|area)\\s++for\\s++improvement)\\s++(?:no\\.?\\s*+)?(?<n>\\d{1,2})\\b\\s*+"
                    + "(?:\\*\\*|__)?+\\s*+[.:)\\u2013\\u2014-]?+\\s*+(?:\\*\\*|__)?+\\s*+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTERED = Pattern.compile(
            "^\\s*+(?<style>(?:#{1,6}+\\s*+)?+(?:\\*\\*|__)?+)\\s*+\\((?<l>[a-z])\\)(?:\\*\\*|__)?+\\s++",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TABLE_NUMBER = Pattern.compile(
            "^\\s*+(?:\\*\\*|__)?+\\s*+(?:(?<word>recommendation|issue(?:\\s++to\\s++address)?+|(?:aspect|area)\\s++for\\s++improvement)"
                    + "\\s++)?+(?:(?<n>\\d{1,2})|\\((?<l>[a-z])\\))\\s*+(?:\\*\\*|__)?+\\s*+[.:)\\u2013\\u2014-]?+\\s*+(?:\\*\\*|__)?+\\s*+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*+(?:[\\u2022\\u25cf\\u25aa\\u25e6\\u00b7\\u2023*+-]|(?<n>\\d{1,2})[.)])\\s++",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";

    private IssueFinder() {}

    /**
     * The issues among {@code lines} (the whole document): numbered headings, unless they are only a
     * summary list (nothing between the items) whose items the following labelled responses answer in
     * order; else list items each answered by a label.
     */
    static List<IssueBlock> find(List<Line> lines, int searchFrom) {
        List<IssueBlock> tabled = TableFindings.find(lines);
        if (!tabled.isEmpty()) {
            return tabled;
        }
        List<IssueBlock> numbered = numbered(lines);
        boolean summaryOnly = numbered.size() > 1 && answered(numbered) == 1;
        if (!numbered.isEmpty() && !summaryOnly) {
            return numbered;
        }
        List<IssueBlock> listed = listed(lines, searchFrom);
        return listed.isEmpty() ? numbered : listed;
    }

    private record Candidate(int number, String style, String text, List<Line> heading, FindingKind kind) {

        Candidate(int number, String style, String text, List<Line> heading) {
            this(number, style, text, heading, null);
        }

        /** Headings naming their kind ("Recommendation 2") form one family per kind; "2." and "(b)" one each. */
        String family() {
            return kind != null ? kind.name() : style.startsWith("letter:") ? "letter" : "plain";
        }
    }

    /** The kind a heading word names. */
    static FindingKind kindOf(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("recommendation")
                ? FindingKind.RECOMMENDATION
                : w.startsWith("issue") ? FindingKind.ISSUE_TO_ADDRESS : FindingKind.ASPECT_FOR_IMPROVEMENT;
    }

    private static List<IssueBlock> numbered(List<Line> lines) {
        Runs runs = new Runs();
        for (int i = 0; i < lines.size(); i++) {
            Interruption.check();
            Optional<Candidate> candidate = candidate(lines, i);
            if (candidate.isEmpty()) {
                continue;
            }
            Candidate c = candidate.get();
            if (!runs.continueWith(c) && c.number() == 1) {
                runs.start(c);
            }
            i = c.heading().get(c.heading().size() - 1).index();
        }
        // per family, the run answering most issues, then the longest, then the last; the families of headings that
        // name their kind ("Recommendation 2", "Aspect for improvement 1") are read together; then the family (or
        // families together) answering most wins, named kinds first; only its blocks are built
        int[] nextText = nextNonBlank(lines);
        Map<String, List<Candidate>> bestOf = new java.util.LinkedHashMap<>();
        Map<String, int[]> scoreOf = new HashMap<>();
        for (List<Candidate> run : runs.all) {
            int[] score = {
                answered(run, lines.size(), nextText),
                run.size(),
                run.get(0).heading().get(0).index()
            };
            String family = run.get(0).family();
            if (score[0] > 0 && (!bestOf.containsKey(family) || Arrays.compare(score, scoreOf.get(family)) > 0)) {
                bestOf.put(family, run);
                scoreOf.put(family, score);
            }
        }
        List<Candidate> named = bestOf.entrySet().stream()
                .filter(e -> !e.getKey().equals("plain") && !e.getKey().equals("letter"))
                .flatMap(e -> e.getValue().stream())
                .sorted(java.util.Comparator.comparingInt(
                        c -> c.heading().get(0).index()))
                .toList();
        List<Candidate> best = null;
        int[] bestScore = null;
        for (List<Candidate> run : java.util.stream.Stream.of(named, bestOf.get("plain"), bestOf.get("letter"))
                .filter(r -> r != null && !r.isEmpty())
                .toList()) {
            int[] score = {answered(run, lines.size(), nextText), run.size()};
            if (score[0] > 0 && (best == null || Arrays.compare(score, bestScore) > 0)) {
                best = run;
                bestScore = score;
            }
        }
        return best == null ? List.of() : blocks(best, lines);
    }

    /** For each line index (and the end), the index of the first line at or after it that is not blank. */
    private static int[] nextNonBlank(List<Line> lines) {
        int[] next = new int[lines.size() + 1];
        next[lines.size()] = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            next[i] = lines.get(i).isBlank() ? next[i + 1] : i;
        }
        return next;
    }

    /** How many headings of a run have a body with text, as {@link #answered(List)} counts their blocks. */
    private static int answered(List<Candidate> run, int lineCount, int[] nextText) {
        int answered = 0;
        for (int k = 0; k < run.size(); k++) {
            List<Line> heading = run.get(k).heading();
            int bodyFrom = heading.get(heading.size() - 1).index() + 1;
            int bodyTo = k + 1 < run.size() ? run.get(k + 1).heading().get(0).index() : lineCount;
            if (nextText[bodyFrom] < bodyTo) {
                answered++;
            }
        }
        return answered;
    }

    /**
     * The runs of numbered headings found so far, in the order they started, indexed by the number each
     * expects next: a heading continues the latest run expecting it that is written in its style, else
     * the latest run expecting it.
     */
    private static final class Runs {
        private final List<List<Candidate>> all = new ArrayList<>();
        private final Map<Integer, TreeMap<Integer, Integer>> expecting = new HashMap<>();
        private final Map<Expected, TreeMap<Integer, Integer>> expectingInStyle = new HashMap<>();

        private record Expected(int number, String style) {}

        boolean continueWith(Candidate c) {
            Map.Entry<Integer, Integer> run = Optional.ofNullable(expectingInStyle.get(styleKey(c.number(), c.style())))
                    .map(TreeMap::lastEntry)
                    .or(() -> Optional.ofNullable(expecting.get(c.number())).map(TreeMap::lastEntry))
                    .orElse(null);
            if (run == null) {
                return false;
            }
            int index = run.getKey();
            List<Candidate> candidates = all.get(index);
            String style = candidates.get(0).style();
            remove(expecting.get(c.number()), index);
            remove(expectingInStyle.get(styleKey(c.number(), style)), index);
            candidates.add(c);
            index(index, c.number() + 1, style);
            return true;
        }

        void start(Candidate c) {
            all.add(new ArrayList<>(List.of(c)));
            index(all.size() - 1, c.number() + 1, c.style());
        }

        private void index(int run, int next, String style) {
            expecting.computeIfAbsent(next, n -> new TreeMap<>()).put(run, run);
            expectingInStyle
                    .computeIfAbsent(styleKey(next, style), n -> new TreeMap<>())
                    .put(run, run);
        }

        private static void remove(TreeMap<Integer, Integer> runs, int run) {
            if (runs != null) {
                runs.remove(run);
            }
        }

        private static Expected styleKey(int next, String style) {
            return new Expected(next, style);
        }
    }

    private static Optional<Candidate> candidate(List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher issue = ISSUE_WORD.matcher(line.text());
        if (issue.lookingAt()) {
            Optional<String> text = textFrom(line.text(), issue.end(), true, true);
            if (text.isPresent()) {
                FindingKind kind = kindOf(issue.group("word"));
                String style = kind + ":" + issue.group("style");
                int number = Integer.parseInt(issue.group("n"));
                if (!text.get().isEmpty()) {
                    return Optional.of(new Candidate(number, style, text.get(), List.of(line), kind));
                }
                return nextNonBlank(lines, i)
                        .map(next -> new Candidate(number, style, headingText(next.text()), List.of(line, next), kind));
            }
        }
        Matcher lettered = LETTERED.matcher(line.text());
        if (lettered.lookingAt()) {
            Optional<String> text = textFrom(line.text(), lettered.end(), true, false);
            if (text.isPresent()) {
                return Optional.of(new Candidate(
                        lettered.group("l").charAt(0) - 'a' + 1,
                        "letter:" + lettered.group("style"),
                        text.get(),
                        List.of(line)));
            }
        }
        Matcher numbered = NUMBERED.matcher(line.text());
        if (numbered.lookingAt()) {
            Optional<String> text = textFrom(line.text(), numbered.end(), true, false);
            if (text.isPresent()) {
                return Optional.of(new Candidate(
                        Integer.parseInt(numbered.group("n")), numbered.group("style"), text.get(), List.of(line)));
            }
        }
        return Optional.empty();
    }

    private record ListItem(Integer number, String text) {}

    private static Optional<ListItem> listItem(Line line) {
        Matcher m = LIST_ITEM.matcher(line.text());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return textFrom(line.text(), m.end(), false, false)
                .map(text -> new ListItem(m.group("n") == null ? null : Integer.parseInt(m.group("n")), text));
    }

    /**
     * The rest of a line from {@code from} as the lazy pattern {@code (?<text>.*?)(?:\*\*|__)?\s*$} reads
     * it: without trailing white space and, when {@code closingMark}, one closing "**" or "__"; empty
     * when the text would have to cross a line break character or, unless {@code mayBeEmpty}, is empty
     * (the patterns before this only stop at a non-space character).
     */
    private static Optional<String> textFrom(String line, int from, boolean closingMark, boolean mayBeEmpty) {
        int end = line.length();
        while (end > from && WHITE_SPACE.matcher(line).region(end - 1, end).lookingAt()) {
            end--;
        }
        int least = mayBeEmpty ? from : from + 1;
        if (closingMark && end - 2 >= least && (line.startsWith("**", end - 2) || line.startsWith("__", end - 2))) {
            end -= 2;
        }
        if (end < least) {
            return Optional.empty();
        }
        for (int k = from; k < end; k++) {
            if (LINE_BREAKS.indexOf(line.charAt(k)) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(line.substring(from, end));
    }

    /** A heading's text on its own line: without markup around it ("**...**", "## "), trimmed. */
    static String headingText(String line) {
        String text = Wording.trim(line).replaceFirst("^#{1,6}\\s*", "");
        if (text.length() > 4
                && (text.startsWith("**") && text.endsWith("**") || text.startsWith("__") && text.endsWith("__"))) {
            text = Wording.trim(text.substring(2, text.length() - 2));
        }
        return text;
    }

    private static Optional<Line> nextNonBlank(List<Line> lines, int i) {
        return lines.subList(i + 1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .findFirst();
    }

    private static List<IssueBlock> blocks(List<Candidate> run, List<Line> lines) {
        List<IssueBlock> blocks = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Candidate c = run.get(k);
            int bodyFrom = c.heading().get(c.heading().size() - 1).index() + 1;
            int bodyTo = k + 1 < run.size() ? run.get(k + 1).heading().get(0).index() : lines.size();
            blocks.add(new IssueBlock(c.number(), c.text(), c.heading(), lines.subList(bodyFrom, bodyTo), c.kind()));
        }
        return blocks;
    }

    private static int answered(List<IssueBlock> blocks) {
        return (int) blocks.stream()
                .filter(b -> b.body().stream().anyMatch(l -> !l.isBlank()))
                .count();
    }

    private static List<IssueBlock> listed(List<Line> lines, int searchFrom) {
        List<Line> region = lines.subList(searchFrom, lines.size());
        List<Line> bullets =
                region.stream().filter(l -> listItem(l).isPresent()).toList();
        List<Line> labels =
                region.stream().filter(l -> ResponseLabel.parse(l).isPresent()).toList();
        if (bullets.isEmpty() || labels.isEmpty()) {
            return List.of();
        }
        if (eachAnswered(bullets, labels)) {
            return anchoredAt(bullets, bullets, lines, true);
        }
        boolean summaryFirst =
                bullets.get(bullets.size() - 1).index() < labels.get(0).index();
        if (summaryFirst && bullets.size() == labels.size()) {
            return anchoredAt(bullets, labels, lines, false);
        }
        return List.of();
    }

    /** Whether a label follows each bullet before the next one (both lists are in document order). */
    private static boolean eachAnswered(List<Line> bullets, List<Line> labels) {
        int label = 0;
        for (int k = 0; k < bullets.size(); k++) {
            int from = bullets.get(k).index();
            int to = k + 1 < bullets.size() ? bullets.get(k + 1).index() : Integer.MAX_VALUE;
            while (label < labels.size() && labels.get(label).index() <= from) {
                label++;
            }
            if (label == labels.size() || labels.get(label).index() >= to) {
                return false;
            }
        }
        return true;
    }

    private static List<IssueBlock> anchoredAt(
            List<Line> bullets, List<Line> anchors, List<Line> lines, boolean bodyAfterAnchor) {
        List<IssueBlock> blocks = new ArrayList<>();
        for (int k = 0; k < bullets.size(); k++) {
            Line bullet = bullets.get(k);
            ListItem item = listItem(bullet).orElseThrow();
            int number = item.number() == null ? k + 1 : item.number();
            int bodyFrom = anchors.get(k).index() + (bodyAfterAnchor ? 1 : 0);
            int bodyTo = k + 1 < anchors.size() ? anchors.get(k + 1).index() : lines.size();
            blocks.add(new IssueBlock(number, item.text(), List.of(bullet), lines.subList(bodyFrom, bodyTo)));
        }
        return blocks;
    }
}
