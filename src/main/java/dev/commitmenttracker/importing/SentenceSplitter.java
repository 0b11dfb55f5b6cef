package dev.commitmenttracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts lines of a document into sentences, each an exact trimmed substring of the document. List
 * markers, heading marks and response labels are left out; a sentence that runs on across a line
 * break or a blank line (the next line starting in lower case) is kept whole.
 */
final class SentenceSplitter {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:[#>]+\\s*)?(?<item>[\\u2022\\u25cf\\u25aa\\u25e6\\u00b7\\u2023*+-]\\s+|\\d{1,2}[.)]\\s+)?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?])[\"'\\u201d\\u2019)\\]]*+\\s++(?=[\"'\\u201c\\u2018(\\[]*[A-Z0-9])|(?<=:)\\s++(?=[\"\\u201c])",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** White space as {@code \\s} reads it without Unicode classes. */
    private static final String ASCII_SPACE = " \t\n\u000B\f\r";

    private static final Pattern LEADING_QUOTES = Pattern.compile("^[(\"'\\u201c\\u2018]+");
    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "st", "vs", "approx", "cf", "inc", "ltd", "co");
    private static final String TERMINAL = ".!?:;\"\u201d)";
    private static final int WRAPPED_LINE_WORDS = 8;

    private SentenceSplitter() {}

    /** The sentences of the given lines of {@code document}, in order. */
    static List<String> sentences(String document, List<Line> lines) {
        List<String> sentences = new ArrayList<>();
        for (int[] chunk : chunks(document, pieces(lines))) {
            split(document, chunk[0], chunk[1], sentences);
        }
        return sentences;
    }

    private record Piece(int line, int start, int end, boolean listItem) {}

    private static List<Piece> pieces(List<Line> lines) {
        List<Piece> pieces = new ArrayList<>();
        for (Line line : lines) {
            Interruption.check();
            if (line.isBlank()) {
                continue;
            }
            int start;
            boolean listItem = false;
            var label = ResponseLabel.parse(line);
            if (label.isPresent()) {
                start = label.get().contentStart();
            } else {
                Matcher marker = MARKER.matcher(line.text());
                marker.lookingAt();
                start = line.start() + marker.end();
                listItem = marker.group("item") != null;
            }
            int end = line.end();
            while (end > start && Wording.isSpace(line.text().charAt(end - 1 - line.start()))) {
                end--;
            }
            if (end > start) {
                pieces.add(new Piece(line.index(), start, end, listItem));
            }
        }
        return pieces;
    }

    private static List<int[]> chunks(String document, List<Piece> pieces) {
        List<int[]> chunks = new ArrayList<>();
        Piece previous = null;
        for (Piece piece : pieces) {
            if (previous != null && continues(document, previous, piece)) {
                chunks.get(chunks.size() - 1)[1] = piece.end();
            } else {
                chunks.add(new int[] {piece.start(), piece.end()});
            }
            previous = piece;
        }
        return chunks;
    }

    /**
     * Whether the next piece carries on the previous one's sentence: the previous has no closing
     * punctuation and either the next starts in lower case, or the text is hard-wrapped (no blank
     * line between, and the previous line is a full-length line of prose rather than a heading).
     */
    private static boolean continues(String document, Piece previous, Piece next) {
        String gap = document.substring(previous.end(), next.start());
        if (next.listItem() || !gap.chars().allMatch(Wording::isSpace)) {
            return false;
        }
        char last = document.charAt(previous.end() - 1);
        if (TERMINAL.indexOf(last) >= 0) {
            return false;
        }
        if (Character.isLowerCase(document.charAt(next.start()))) {
            return true;
        }
        String previousText = document.substring(previous.start(), previous.end());
        boolean wrapped = gap.chars().filter(c -> c == '\n').count() == 1;
        return wrapped
                && !previousText.startsWith("**")
                && !previousText.startsWith("__")
                && previousText.split("\\s+").length >= WRAPPED_LINE_WORDS;
    }

    private static void split(String document, int start, int end, List<String> out) {
        Matcher boundary = BOUNDARY.matcher(document).region(start, end);
        int sentenceStart = start;
        while (boundary.find()) {
            Interruption.check();
            if (isAbbreviation(document, sentenceStart, boundary.start())) {
                continue;
            }
            add(document.substring(sentenceStart, boundary.start()), out);
            sentenceStart = boundary.end();
        }
        add(document.substring(sentenceStart, end), out);
    }

    /**
     * Whether the sentence so far ({@code document} from {@code start} to {@code end}, which ends in the
     * stop before a boundary) ends in an abbreviation: the last word before a final full stop, read back
     * from the stop only (the word is what {@code (\\S+)\\.$} would capture).
     */
    private static boolean isAbbreviation(String document, int start, int end) {
        if (document.charAt(end - 1) != '.') {
            return false;
        }
        int wordEnd = end - 1;
        int wordStart = wordEnd;
        while (wordStart > start && ASCII_SPACE.indexOf(document.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return false;
        }
        String w =
                LEADING_QUOTES.matcher(document.substring(wordStart, wordEnd)).replaceFirst("");
        return ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.matches("[A-Z]");
    }

    private static void add(String candidate, List<String> out) {
        String s = withoutUnpairedQuotes(Wording.trim(candidate));
        if (s.chars().anyMatch(Character::isLetter)) {
            out.add(s);
        }
    }

    private static String withoutUnpairedQuotes(String s) {
        String result = s;
        if (result.startsWith("\u201c") && result.indexOf('\u201d') < 0
                || result.startsWith("\"") && count(result, '"') % 2 == 1) {
            result = Wording.trim(result.substring(1));
        }
        if (result.endsWith("\u201d") && result.indexOf('\u201c') < 0
                || result.endsWith("\"") && count(result, '"') % 2 == 1) {
            result = Wording.trim(result.substring(0, result.length() - 1));
        }
        return result;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
