package dev.commitmenttracker.importing;

import java.util.ArrayList;
import java.util.List;

/** One line of the document text, with its offsets in that text. */
record Line(int index, int start, int end, String text) {

    static List<Line> split(String document) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= document.length()) {
            int newline = document.indexOf('\n', start);
            int end = newline < 0 ? document.length() : newline;
            lines.add(new Line(lines.size(), start, end, document.substring(start, end)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return text.chars().allMatch(Wording::isSpace);
    }
}
