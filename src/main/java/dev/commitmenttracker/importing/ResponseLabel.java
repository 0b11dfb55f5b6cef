package dev.commitmenttracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label that opens the CPS answer to an issue: "CPS Response:", "**CPS response (joint with CPS
 * London North):**", "CPS Response to 3 and 4:", in any case, bold or not.
 *
 * @param contentStart offset in the document where the response text on the same line begins
 * @param issueNumbers the issues it says it answers ("to 3 and 4"); empty when it names none
 * @param note         the text of a parenthesised note such as "joint with CPS London North", or ""
 */
record ResponseLabel(int contentStart, List<Integer> issueNumbers, String note) {

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*+[*_#>]*+\\s*+(?:(?:the\\s++)?+(?:cps|area|our)\\s++){0,2}+response"
                    + "(?:\\s+to\\s+(?:issues?\\s+|points?\\s+)?(?<numbers>\\d{1,2}(?:\\s*(?:,|and|&|-|\\u2013|to)\\s*\\d{1,2})*))?"
                    + "\\s*(?<note1>\\([^)]*\\))?\\s*[*_]*\\s*(?<colon>:)?\\s*[*_]*"
                    + "\\s*(?:(?<note2>\\([^)]*\\))\\s*:?)?\\s*[*_]*\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|\\u2013|to)\\s*(\\d{1,2})");

    static Optional<ResponseLabel> parse(Line line) {
        Matcher m = LABEL.matcher(line.text());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        boolean labelOnly = m.end() == line.text().length();
        if (m.group("colon") == null && !labelOnly) {
            return Optional.empty();
        }
        String note = (nullToEmpty(m.group("note1")) + " " + nullToEmpty(m.group("note2"))).strip();
        return Optional.of(new ResponseLabel(line.start() + m.end(), numbers(m.group("numbers")), note));
    }

    private static List<Integer> numbers(String written) {
        List<Integer> numbers = new ArrayList<>();
        if (written == null) {
            return numbers;
        }
        Matcher range = RANGE.matcher(written);
        String rest = written;
        while (range.find()) {
            for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                numbers.add(n);
            }
            rest = rest.replace(range.group(), " ");
        }
        Matcher single = NUMBER.matcher(rest);
        while (single.find()) {
            numbers.add(Integer.parseInt(single.group()));
        }
        return numbers.stream().distinct().sorted().toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
