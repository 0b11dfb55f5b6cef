package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.AreaCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finding the fourteen CPS Areas ({@link AreaCode}) in a document's text, by their names as the CPS spells them. */
public final class CpsAreas {

    private static final Map<String, AreaCode> CODE_BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Pattern> PATTERN_BY_NAME = new LinkedHashMap<>();

    static {
        for (AreaCode area : AreaCode.areas()) {
            add(area.displayName().replaceFirst("^CPS ", ""), area);
        }
    }

    private CpsAreas() {}

    private static void add(String name, AreaCode code) {
        CODE_BY_NAME.put(name, code);
        String words = Arrays.stream(name.split("[ -]"))
                .map(word -> word.equals("and") ? "(?:and|&)" : word)
                .collect(Collectors.joining("[\\s\\u00a0-]+"));
        PATTERN_BY_NAME.put(name, Pattern.compile("\\b" + words + "\\b", Pattern.CASE_INSENSITIVE));
    }

    /** The Area for an Area name, tolerating a "CPS " prefix, case, hyphens and "&". */
    public static Optional<AreaCode> codeFor(String name) {
        return canonicalName(name).map(CODE_BY_NAME::get);
    }

    /** The Area name as the CPS spells it, for a name written with or without "CPS ", hyphens or "&". */
    public static Optional<String> canonicalName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String bare = Wording.trim(name).replaceFirst("(?i)^cps\\s+", "");
        return PATTERN_BY_NAME.entrySet().stream()
                .filter(e -> e.getValue().matcher(bare).matches())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The first Area named in the text, preferring the longer name where two start together. */
    static Optional<String> firstIn(CharSequence text) {
        return mentionsIn(text).stream().findFirst().map(AreaMention::name);
    }

    /** The first Area named as "CPS <Area>" in the text. */
    static Optional<String> firstWithCpsPrefixIn(CharSequence text) {
        return mentionsIn(text).stream()
                .filter(m -> precededByCps(text, m.start()))
                .findFirst()
                .map(AreaMention::name);
    }

    /** Every Area named in the text, in order of appearance, each once. */
    static List<String> allIn(CharSequence text) {
        return mentionsIn(text).stream().map(AreaMention::name).distinct().toList();
    }

    private static boolean precededByCps(CharSequence text, int start) {
        String before = text.subSequence(Math.max(0, start - 5), start).toString();
        return before.matches("(?s).*\\bCPS\\s+$");
    }

    private static List<AreaMention> mentionsIn(CharSequence text) {
        List<AreaMention> mentions = new ArrayList<>();
        PATTERN_BY_NAME.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                mentions.add(new AreaMention(name, m.start(), m.end()));
            }
        });
        mentions.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return mentions;
    }

    private record AreaMention(String name, int start, int end) {}
}
