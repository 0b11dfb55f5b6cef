package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.OwnerRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A role named in a sentence ("Senior District Crown Prosecutors", "DCCPs", "legal managers").
 *
 * @param role  the canonical role
 * @param start offset in the (normalised) sentence
 * @param end   end offset in the sentence
 * @param text  the words as written
 */
record RoleMention(OwnerRole role, int start, int end, String text) {

    private static final Map<OwnerRole, String> WRITTEN = written();

    /** Any role as written, as a regular expression (case-insensitive except acronyms). */
    static final String ANY = WRITTEN.values().stream().collect(Collectors.joining("|", "(?:", ")"));

    private static final Map<OwnerRole, Pattern> PATTERNS = WRITTEN.entrySet().stream()
            .collect(Collectors.toMap(
                    Map.Entry::getKey,
                    e -> Pattern.compile("\\b" + e.getValue() + "\\b", Pattern.CASE_INSENSITIVE),
                    (a, b) -> a,
                    LinkedHashMap::new));

    private static Map<OwnerRole, String> written() {
        Map<OwnerRole, String> w = new LinkedHashMap<>();
        w.put(OwnerRole.SDCP, "(?:senior\\s+district\\s+crown\\s+prosecutors?|(?-i:SDCPs?))");
        w.put(OwnerRole.DCCP, "(?:deputy\\s+chief\\s+crown\\s+prosecutors?|(?-i:DCCPs?))");
        w.put(OwnerRole.SDBM, "(?:senior\\s+district\\s+business\\s+managers?|(?-i:SDBMs?))");
        w.put(OwnerRole.PBM, "(?:paralegal\\s+business\\s+managers?|(?-i:PBMs?))");
        w.put(OwnerRole.ABM, "(?:area\\s+business\\s+managers?|(?-i:ABMs?))");
        w.put(OwnerRole.APM, "(?:area\\s+performance\\s+managers?|(?-i:APMs?))");
        w.put(OwnerRole.HRBP, "(?:(?:hr|human\\s+resources?)\\s+business\\s+partners?|(?-i:HRBPs?))");
        w.put(OwnerRole.DCP, "(?:district\\s+crown\\s+prosecutors?|(?-i:DCPs?))");
        w.put(OwnerRole.CCP, "(?:chief\\s+crown\\s+prosecutors?|(?-i:CCPs?))");
        w.put(OwnerRole.DISCLOSURE_CHAMPION, "(?:(?:area\\s+)?disclosure\\s+(?:champions?|leads?))");
        w.put(
                OwnerRole.LEGAL_MANAGER,
                "(?:(?:court[\\s-]based\\s+)?legal\\s+managers?(?:\\s+colleagues)?|line\\s+managers?|team\\s+leaders?)");
        w.put(OwnerRole.DPP, "(?:director\\s+of\\s+public\\s+prosecutions|(?-i:DPP))");
        w.put(OwnerRole.CHIEF_EXECUTIVE, "(?:(?:cps\\s+)?chief\\s+executive(?:\\s+officer)?|(?-i:CEO))");
        w.put(OwnerRole.DIRECTOR_LEGAL_SERVICES, "(?:directors?\\s+of\\s+legal\\s+services|(?-i:DLS))");
        w.put(
                OwnerRole.NATIONAL_THEME_LEAD,
                "(?:national\\s+(?:[a-z-]+\\s+){0,6}?(?:leads?|co-?ordinators?|champions?|leadership\\s+group)"
                        + "|(?-i:CPS)\\s+(?:[a-z-]+\\s+){0,2}?leads?\\s+for\\s+[a-z-]+)");
        w.put(
                OwnerRole.OPERATIONS_DIRECTORATE,
                "(?:operations\\s+directorate|directors?\\s+of\\s+operations|operations\\s+directors?|(?-i:COO)"
                        + "|chief\\s+operating\\s+officer)");
        w.put(
                OwnerRole.POLICY_DIRECTORATE,
                "(?:(?:strategy\\s+and\\s+)?policy\\s+directorate|directors?\\s+of\\s+(?:strategy\\s+and\\s+)?policy"
                        + "|(?:legal\\s+)?policy\\s+(?:team|unit|colleagues))");
        w.put(
                OwnerRole.HEAD_OF_UNIT,
                "(?:heads?\\s+of\\s+(?:(?-i:CPS)\\s+direct|(?-i:CPSD)|(?:the|each)\\s+(?:division|unit)"
                        + "|(?:[A-Za-z-]+\\s+){1,5}?division|divisions|units))");
        w.put(
                OwnerRole.SENIOR_MANAGER,
                "(?:senior\\s+(?:managers?|management\\s+team|leadership\\s+team|leaders?)|(?-i:SLT)|managers?)");
        return w;
    }

    /** The roles named in a sentence, left to right, longest reading first, without overlaps. */
    static List<RoleMention> in(String sentence) {
        List<RoleMention> all = new ArrayList<>();
        PATTERNS.forEach((role, pattern) -> {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                all.add(new RoleMention(role, m.start(), m.end(), m.group()));
            }
        });
        all.sort(Comparator.comparingInt(RoleMention::start)
                .thenComparing(Comparator.comparingInt(RoleMention::end).reversed()));
        List<RoleMention> kept = new ArrayList<>();
        for (RoleMention mention : all) {
            if (kept.isEmpty() || mention.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** The role a piece of text names first. */
    static Optional<OwnerRole> roleOf(String text) {
        return in(text).stream().findFirst().map(RoleMention::role);
    }
}
