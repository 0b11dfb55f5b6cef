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

/**
 * Finding the CPS units ({@link AreaCode}) in a document's text, by their names as the CPS spells them: the fourteen
 * Areas ({@link #firstIn}, {@link #allIn}), and the national level, CPS Direct and the casework divisions
 * ({@link #firstUnitIn}), by their names and the short forms responses use ("CPSD", "SFD", "CPS Headquarters").
 */
public final class CpsAreas {

    private static final Map<String, AreaCode> CODE_BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Pattern> PATTERN_BY_NAME = new LinkedHashMap<>();

    static {
        for (AreaCode area : AreaCode.areas()) {
            add(area.displayName().replaceFirst("^CPS ", ""), area);
        }
    }

    /** Names and short forms of the units that are not Areas, as the CPS and responses write them. */
    private static final Map<AreaCode, Pattern> UNIT_NAMES = new LinkedHashMap<>();

    static {
        UNIT_NAMES.put(
                AreaCode.CPS_DIRECT,
                Pattern.compile("\\bCPS[\\s\\u00a0]+Direct\\b|\\b(?-i:CPSD)\\b", Pattern.CASE_INSENSITIVE));
        UNIT_NAMES.put(
                AreaCode.IJOCD,
                Pattern.compile(
                        "\\bInternational[\\s\\u00a0]+Justice[\\s\\u00a0]+(?:and|&)[\\s\\u00a0]+Organised[\\s\\u00a0]+Crime"
                                + "(?:[\\s\\u00a0]+Division)?\\b|\\b(?-i:IJOCD)\\b",
                        Pattern.CASE_INSENSITIVE));
        UNIT_NAMES.put(
                AreaCode.SCCTD,
                Pattern.compile(
                        "\\bSpecial[\\s\\u00a0]+Crime[\\s\\u00a0]+(?:and|&)[\\s\\u00a0]+Counter[\\s\\u00a0-]+Terrorism"
                                + "(?:[\\s\\u00a0]+Division)?\\b|\\b(?-i:SCCTD)\\b",
                        Pattern.CASE_INSENSITIVE));
        UNIT_NAMES.put(
                AreaCode.SFD,
                Pattern.compile(
                        "\\bSpecialist[\\s\\u00a0]+Fraud[\\s\\u00a0]+Division\\b|\\b(?-i:SFD)\\b",
                        Pattern.CASE_INSENSITIVE));
        UNIT_NAMES.put(
                AreaCode.PROCEEDS_OF_CRIME,
                Pattern.compile(
                        "\\bCPS[\\s\\u00a0]+Proceeds[\\s\\u00a0]+of[\\s\\u00a0]+Crime\\b"
                                + "|\\bProceeds[\\s\\u00a0]+of[\\s\\u00a0]+Crime[\\s\\u00a0]+(?:Division|Unit)\\b",
                        Pattern.CASE_INSENSITIVE));
        UNIT_NAMES.put(
                AreaCode.NATIONAL,
                Pattern.compile(
                        "\\bCPS[\\s\\u00a0]+(?:Headquarters|HQ)\\b(?:[\\s\\u00a0]*\\(national\\))?|^national$",
                        Pattern.CASE_INSENSITIVE));
    }

    private CpsAreas() {}

    /**
     * The unit's name as a draft writes it: an Area without "CPS " ("London North"), any other unit by its name
     * ("CPS Direct", "Specialist Fraud Division", "CPS Headquarters (national)").
     */
    public static String draftName(AreaCode unit) {
        return unit.isArea() ? unit.displayName().replaceFirst("^CPS ", "") : unit.displayName();
    }

    /**
     * The first unit other than an Area named in the text (CPS Direct, a casework division, CPS Headquarters), with
     * where it starts.
     */
    static Optional<UnitMention> firstUnitIn(CharSequence text) {
        UnitMention first = null;
        for (Map.Entry<AreaCode, Pattern> unit : UNIT_NAMES.entrySet()) {
            if (unit.getKey() == AreaCode.NATIONAL) {
                continue;
            }
            Matcher m = unit.getValue().matcher(text);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = new UnitMention(unit.getKey(), m.start());
            }
        }
        return Optional.ofNullable(first);
    }

    /** A unit named in a text, and where. */
    record UnitMention(AreaCode unit, int start) {}

    private static void add(String name, AreaCode code) {
        CODE_BY_NAME.put(name, code);
        String words = Arrays.stream(name.split("[ -]"))
                .map(word -> word.equals("and") ? "(?:and|&)" : word)
                .collect(Collectors.joining("[\\s\\u00a0-]+"));
        PATTERN_BY_NAME.put(name, Pattern.compile("\\b" + words + "\\b", Pattern.CASE_INSENSITIVE));
    }

    /**
     * The unit for a name: an Area name (tolerating a "CPS " prefix, case, hyphens and "&"), another unit's name or
     * short form ("CPS Direct", "CPSD", "Specialist Fraud Division", "CPS Headquarters (national)", "National"), or a
     * unit's code ({@code NATIONAL}, {@code CPS_DIRECT}).
     */
    public static Optional<AreaCode> codeFor(String name) {
        Optional<AreaCode> area = canonicalName(name).map(CODE_BY_NAME::get);
        if (area.isPresent() || name == null) {
            return area;
        }
        String bare = Wording.trim(name);
        for (AreaCode unit : AreaCode.values()) {
            if (unit.name().equals(bare) || unit.displayName().equalsIgnoreCase(bare)) {
                return Optional.of(unit);
            }
        }
        return UNIT_NAMES.entrySet().stream()
                .filter(e -> e.getValue().matcher(bare).matches())
                .map(Map.Entry::getKey)
                .findFirst();
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
