package dev.commitmenttracker.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of {@code shared/tools/score-import}: scores a draft against a gold annotation with the same
 * normalisation, greedy one-to-one Jaccard (0.7) matching of commitments within each issue, and the
 * same targets (header all correct, issue numbers and texts all correct, commitment precision and
 * recall at least 0.90, owner and assurance F1 at least 0.90).
 */
record GoldScore(
        Map<String, Boolean> header,
        Prf issues,
        int issueTextsOk,
        int goldIssues,
        Prf commitments,
        int matched,
        int draftCommitments,
        int goldCommitments,
        Prf owners,
        Prf assurance) {

    static final double TARGET = 0.9;

    /** Precision, recall and F1. */
    record Prf(double p, double r, double f1) {
        static Prf of(int tp, int fp, int fn) {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 1.0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(p, r, f);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f", p, r, f1);
        }
    }

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015]");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern WORD = Pattern.compile("[a-z0-9%]+");
    private static final Pattern CPS_PREFIX = Pattern.compile("^\\s*cps\\s+", Pattern.CASE_INSENSITIVE);

    static GoldScore of(JsonNode draft, JsonNode gold) {
        Map<String, Boolean> header = new LinkedHashMap<>();
        header.put("area", areaName(text(draft, "area")).equals(areaName(text(gold, "area"))));
        String goldPublished =
                truthy(gold.get("published")) ? gold.get("published").asText() : null;
        header.put(
                "published",
                goldPublished != null
                        ? (truthy(draft.get("published"))
                                        ? draft.get("published").asText()
                                        : "")
                                .startsWith(goldPublished)
                        : !truthy(draft.get("published")));
        header.put("kind", kind(draft).equals(kind(gold)));
        header.put("ratings", ratings(draft).equals(ratings(gold)));

        Map<JsonNode, JsonNode> draftIssues = byNumber(draft.get("issues"));
        Map<JsonNode, JsonNode> goldIssues = byNumber(gold.get("issues"));
        Set<JsonNode> both = new HashSet<>(draftIssues.keySet());
        both.retainAll(goldIssues.keySet());
        Prf issues = Prf.of(both.size(), draftIssues.size() - both.size(), goldIssues.size() - both.size());
        int textsOk = (int) both.stream()
                .filter(n -> similar(text(draftIssues.get(n), "text"), text(goldIssues.get(n), "text")) >= 0.9)
                .count();

        List<List<JsonNode>[]> groups = new ArrayList<>();
        goldIssues.forEach((n, g) -> groups.add(pair(
                list(draftIssues.containsKey(n) ? draftIssues.get(n).get("commitments") : null),
                list(g.get("commitments")))));
        draftIssues.forEach((n, d) -> {
            if (!goldIssues.containsKey(n)) {
                groups.add(pair(list(d.get("commitments")), List.of()));
            }
        });
        groups.add(pair(list(draft.get("general_commitments")), list(gold.get("general_commitments"))));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int[] owners = new int[3];
        int[] assurance = new int[3];
        for (List<JsonNode>[] group : groups) {
            List<JsonNode[]> pairs = match(group[0], group[1]);
            tp += pairs.size();
            fp += group[0].size() - pairs.size();
            fn += group[1].size() - pairs.size();
            for (JsonNode[] p : pairs) {
                count(p, "owners", owners);
                count(p, "assurance", assurance);
            }
        }
        return new GoldScore(
                header,
                issues,
                textsOk,
                goldIssues.size(),
                Prf.of(tp, fp, fn),
                tp,
                tp + fp,
                tp + fn,
                Prf.of(owners[0], owners[1], owners[2]),
                Prf.of(assurance[0], assurance[1], assurance[2]));
    }

    /** The measures below target, named as score-import names them; empty when all targets are met. */
    List<String> misses() {
        List<String> misses = new ArrayList<>();
        if (header.containsValue(false)) {
            misses.add("header");
        }
        if (issues.p() < 1 || issues.r() < 1 || issueTextsOk < goldIssues) {
            misses.add("issues");
        }
        if (commitments.p() < TARGET || commitments.r() < TARGET) {
            misses.add("commitments");
        }
        if (owners.f1() < TARGET) {
            misses.add("owners");
        }
        if (assurance.f1() < TARGET) {
            misses.add("assurance");
        }
        return misses;
    }

    /** The score as score-import prints it. */
    String report() {
        StringBuilder s = new StringBuilder("header");
        header.forEach((k, v) -> s.append(' ').append(k).append('=').append(v ? "ok" : "WRONG"));
        s.append(String.format(Locale.ROOT, "%nissues %s texts=%d/%d", issues, issueTextsOk, goldIssues));
        s.append(String.format(
                Locale.ROOT,
                "%ncommitments %s matched=%d draft=%d gold=%d",
                commitments,
                matched,
                draftCommitments,
                goldCommitments));
        s.append("\nowners ").append(owners).append("\nassurance ").append(assurance);
        s.append("\nverdict ").append(misses().isEmpty() ? "meets targets" : "misses: " + String.join(", ", misses()));
        return s.toString();
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace("\u2019", "'")
                .replace("\u2018", "'")
                .replace("\u201c", "\"")
                .replace("\u201d", "\"");
        n = DASHES.matcher(n).replaceAll("-");
        return SPACE.matcher(n).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static double similar(String a, String b) {
        if (norm(a).equals(norm(b))) {
            return 1.0;
        }
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        return (double) both.size() / union.size();
    }

    private record Candidate(double similarity, int draft, int gold) {}

    /** Greedy one-to-one matching by best similarity of at least 0.7, ties to the later indices as in Python. */
    static List<JsonNode[]> match(List<JsonNode> draft, List<JsonNode> gold) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                candidates.add(new Candidate(similar(text(draft.get(i), "text"), text(gold.get(j), "text")), i, j));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity)
                .thenComparingInt(Candidate::draft)
                .thenComparingInt(Candidate::gold)
                .reversed());
        Set<Integer> usedDraft = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        List<JsonNode[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.similarity() < 0.7) {
                break;
            }
            if (usedDraft.contains(c.draft()) || usedGold.contains(c.gold())) {
                continue;
            }
            usedDraft.add(c.draft());
            usedGold.add(c.gold());
            pairs.add(new JsonNode[] {draft.get(c.draft()), gold.get(c.gold())});
        }
        return pairs;
    }

    private static void count(JsonNode[] pair, String key, int[] counts) {
        Set<String> d = strings(pair[0].get(key));
        Set<String> g = strings(pair[1].get(key));
        Set<String> both = new HashSet<>(d);
        both.retainAll(g);
        counts[0] += both.size();
        counts[1] += d.size() - both.size();
        counts[2] += g.size() - both.size();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<JsonNode>[] pair(List<JsonNode> draft, List<JsonNode> gold) {
        return new List[] {draft, gold};
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    private static Map<JsonNode, JsonNode> byNumber(JsonNode issues) {
        Map<JsonNode, JsonNode> byNumber = new LinkedHashMap<>();
        list(issues).forEach(issue -> byNumber.put(issue.get("number"), issue));
        return byNumber;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static boolean truthy(JsonNode value) {
        return value != null && !value.isNull() && !value.asText().isEmpty();
    }

    private static String areaName(String area) {
        return norm(CPS_PREFIX.matcher(area).replaceFirst("")).replace("-", " ");
    }

    private static String kind(JsonNode node) {
        JsonNode kind = node.get("kind");
        String written = kind == null || kind.isNull() ? "None" : kind.asText();
        return norm(written).replace("_", "-");
    }

    private static Map<String, String> ratings(JsonNode node) {
        Map<String, String> ratings = new HashMap<>();
        JsonNode r = node.get("ratings");
        if (r != null && r.isObject()) {
            r.fields()
                    .forEachRemaining(
                            e -> ratings.put(norm(e.getKey()), norm(e.getValue().asText())));
        }
        return ratings;
    }
}
