package dev.commitmenttracker.importing;

import java.text.Normalizer;

/** The form in which sentences are compared with the vocabulary: straight quotes, hyphens, single spaces. */
final class Wording {

    private Wording() {}

    /** Whether a character is white space, counting no-break and other Unicode spaces as Python does. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text without leading and trailing white space of any kind. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"');
        return s.replaceAll("[\\u2010-\\u2015]", "-").replaceAll("\\s+", " ").strip();
    }
}
