package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the assurance methods a sentence names. */
final class AssuranceDetector {

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Map<AssuranceMethod, Pattern> NAMED = named();
    private static final Pattern CHECK = Pattern.compile("\\bcheck(?:s|ed|ing)?\\b", I);
    private static final Pattern METHOD_BEFORE_CHECK =
            Pattern.compile("(?:\\biqas?|\\bdip|\\b100\\s?%|\\bper\\s?cent|\\bfull)\\s*-?\\s*$", I);
    private static final Pattern MANAGER_CHECK_BEFORE =
            Pattern.compile("\\b(?:quality|assurance|monthly|weekly|manager|management)\\s+$", I);
    /** "management" and "per cent" are the longest words the two patterns above look for. */
    private static final int LONGEST_WORD_BEFORE_CHECK = 10;

    private static final String SPACE_OR_HYPHEN = " \t\n\u000B\f\r\u0085\u2028\u2029-";
    private static final Set<OwnerRole> MANAGERS =
            EnumSet.of(OwnerRole.LEGAL_MANAGER, OwnerRole.SENIOR_MANAGER, OwnerRole.PBM, OwnerRole.SDBM);

    private static Map<AssuranceMethod, Pattern> named() {
        Map<AssuranceMethod, Pattern> named = new LinkedHashMap<>();
        named.put(
                AssuranceMethod.IQA,
                Pattern.compile("\\b(?-i:IQAs?)\\b|\\bindividual\\s+quality\\s+assessments?\\b", I));
        named.put(AssuranceMethod.DIP_SAMPLE, Pattern.compile("\\bdip[\\s-]?(?:sampl\\w*|checks?)\\b", I));
        named.put(
                AssuranceMethod.FULL_CHECK,
                Pattern.compile(
                        "\\b100\\s?%\\s*checks?\\b|\\b100\\s+per\\s?cent\\s+checks?\\b|\\bfull\\s+checks?\\b", I));
        named.put(AssuranceMethod.CASE_MANAGEMENT_PANEL, Pattern.compile("\\bcase\\s+management\\s+panels?\\b", I));
        named.put(
                AssuranceMethod.QUALITY_FORUM,
                Pattern.compile(
                        "\\bcasework\\s+quality\\s+(?:committee|board|group"
                                + "|forum|meetings?|monitoring|panel)s?\\b|\\bquality\\s+(?:committee|board|group|forum)s?\\b",
                        I));
        named.put(
                AssuranceMethod.OTHER,
                Pattern.compile(
                        "\\b(?-i:NFQ)\\b|\\bnational\\s+file\\s+quality\\b"
                                + "|\\bgap\\s+analys[ie]s\\b|\\btrackers?\\b|\\bdashboards?\\b|\\baudits?\\b"
                                + "|\\bassurance\\s+(?:framework|scheme)s?\\b|\\bframeworks?\\s+(?:for|to)\\s+(?:assess|assur|monitor|check|measur)\\w*"
                                + "|\\bscrutiny\\s+(?:and\\s+involvement\\s+)?panels?\\b"
                                + "|\\b(?-i:LSIPs?)\\b(?!\\s+members)"
                                + "|\\b(?:produce|publish|prepare|compile)s?\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,4}reports?\\b"
                                + "|\\b(?:the|a|an|our|action)\\s+logs?\\b",
                        I));
        return named;
    }

    private AssuranceDetector() {}

    static List<AssuranceMethod> in(String sentence) {
        String s = Wording.normalise(sentence);
        Set<AssuranceMethod> found = EnumSet.noneOf(AssuranceMethod.class);
        NAMED.forEach((method, pattern) -> {
            if (pattern.matcher(s).find()) {
                found.add(method);
            }
        });
        if (managerCheck(s)) {
            found.add(AssuranceMethod.MANAGER_QUALITY_CHECK);
        }
        return List.copyOf(found);
    }

    /**
     * A quality, assurance or monthly check, or any check in a sentence that names managers doing it.
     * The words before each check are read back from the check only, not from the start of the sentence.
     */
    private static boolean managerCheck(String s) {
        boolean managersNamed = RoleMention.in(s).stream().anyMatch(m -> MANAGERS.contains(m.role()));
        Matcher check = CHECK.matcher(s);
        while (check.find()) {
            int from = wordsBefore(s, check.start());
            if (endsBefore(METHOD_BEFORE_CHECK, s, from, check.start())) {
                continue;
            }
            if (managersNamed || endsBefore(MANAGER_CHECK_BEFORE, s, from, check.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a match of METHOD_BEFORE_CHECK or MANAGER_CHECK_BEFORE ending at {@code end} can start at the
     * earliest: before the white space, hyphens and line breaks there, the length of the longest word.
     */
    private static int wordsBefore(String s, int end) {
        int wordEnd = end;
        while (wordEnd > 0 && SPACE_OR_HYPHEN.indexOf(s.charAt(wordEnd - 1)) >= 0) {
            wordEnd--;
        }
        return Math.max(0, wordEnd - LONGEST_WORD_BEFORE_CHECK);
    }

    /** Whether the pattern, which ends in {@code $}, is found in {@code s} up to {@code end}, starting from {@code from}. */
    private static boolean endsBefore(Pattern pattern, String s, int from, int end) {
        return pattern.matcher(s).region(from, end).useTransparentBounds(true).find();
    }
}
