package dev.commitmenttracker.importing;

import java.text.Normalizer;

/** The form in which sentences are compared with the vocabulary: straight quotes, hyphens, single spaces. */
final class Wording {

    private Wording() {
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return s.replaceAll("[\\u2010-\\u2015]", "-").replaceAll("\\s+", " ").strip();
    }
}
