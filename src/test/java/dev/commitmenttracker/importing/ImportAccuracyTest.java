package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses each published seed response (from {@code ../shared/seeds}, beside the repository) and each
 * held-out synthetic response (src/test/resources/importing), and scores the draft against its gold
 * annotation with the rules of {@code shared/tools/score-import}.
 */
class ImportAccuracyTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Path HELD_OUT = Path.of("src", "test", "resources", "importing");
    private static final String SEEDS_ABSENT = "(../shared/seeds absent)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UNICODE_SPACE_AT_ENDS = Pattern.compile("(?U)^\\s+|\\s+$");

    private final ResponseDocumentParser parser = new ResponseDocumentParser();

    static Stream<String> seeds() throws IOException {
        if (!Files.isDirectory(SEEDS.resolve("gold"))) {
            return Stream.of(SEEDS_ABSENT);
        }
        return documentsWithGold(SEEDS, SEEDS.resolve("gold"));
    }

    static Stream<String> heldOut() throws IOException {
        return documentsWithGold(HELD_OUT, HELD_OUT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void seedScoresAtTarget(String document) throws IOException {
        assumeTrue(
                !document.equals(SEEDS_ABSENT),
                () -> "Skipping seed accuracy: " + SEEDS.toAbsolutePath().normalize()
                        + " is absent; the seeds live in shared/ beside the repository");
        assertScoresAtTarget(SEEDS.resolve(document), SEEDS.resolve("gold").resolve(goldName(document)));
    }

    @ParameterizedTest(name = "held-out {0}")
    @MethodSource("heldOut")
    void heldOutScoresAtTarget(String document) throws IOException {
        assertScoresAtTarget(HELD_OUT.resolve(document), HELD_OUT.resolve(goldName(document)));
    }

    private void assertScoresAtTarget(Path document, Path gold) throws IOException {
        String source = Files.readString(document, StandardCharsets.UTF_8);
        ResponseDraft draft = parser.parse(source, DocumentFormat.fromFileName(document.toString()));
        JsonNode draftJson = JSON.readTree(DraftJson.write(draft));

        JsonNode goldJson = JSON.readTree(gold.toFile());
        GoldScore score = GoldScore.of(draftJson, goldJson);
        assertIssue13KeysAgree(draftJson, goldJson, document);

        assertThat(score.misses()).as("%s%n%s", document, score.report()).isEmpty();
        assertThat(textsOf(draft))
                .as("every text is an exact substring of the source, trimmed as Python trims")
                .allSatisfy(text -> assertThat(source).contains(text))
                .allSatisfy(text -> assertThat(text)
                        .isEqualTo(UNICODE_SPACE_AT_ENDS.matcher(text).replaceAll("")));
    }

    /**
     * The keys issue 13 added, where the gold gives them (the scorer ignores them): the unit kind, each finding's kind,
     * addressee flag and grade, each commitment's status and due date (matched by exact text), and the warnings named.
     */
    private static void assertIssue13KeysAgree(JsonNode draft, JsonNode gold, Path document) {
        if (gold.has("unit_kind")) {
            assertThat(draft.path("unit_kind").asText())
                    .as("%s unit_kind", document)
                    .isEqualTo(gold.path("unit_kind").asText());
        }
        if (gold.has("warnings")) {
            List<String> codes = new ArrayList<>();
            draft.path("warnings").forEach(w -> codes.add(w.path("code").asText()));
            List<String> expected = new ArrayList<>();
            gold.path("warnings").forEach(w -> expected.add(w.asText()));
            assertThat(codes).as("%s warnings", document).containsAll(expected);
        }
        java.util.Map<String, JsonNode> draftCommitments = new java.util.HashMap<>();
        draft.path("general_commitments")
                .forEach(c -> draftCommitments.put(c.path("text").asText(), c));
        draft.path("issues")
                .forEach(i -> i.path("commitments")
                        .forEach(c -> draftCommitments.put(c.path("text").asText(), c)));
        List<JsonNode> goldCommitments = new ArrayList<>();
        gold.path("general_commitments").forEach(goldCommitments::add);
        for (JsonNode issue : gold.path("issues")) {
            issue.path("commitments").forEach(goldCommitments::add);
            JsonNode drafted = null;
            for (JsonNode d : draft.path("issues")) {
                if (d.path("number").asInt() == issue.path("number").asInt()) {
                    drafted = d;
                }
            }
            assertThat(drafted)
                    .as("%s finding %s", document, issue.path("number"))
                    .isNotNull();
            for (String key : List.of("kind", "for_cps", "grade")) {
                if (issue.has(key)) {
                    assertThat(drafted.path(key).asText())
                            .as("%s finding %s %s", document, issue.path("number"), key)
                            .isEqualTo(issue.path(key).asText());
                }
            }
        }
        if (!gold.has("unit_kind")) {
            return;
        }
        for (JsonNode expected : goldCommitments) {
            JsonNode drafted = draftCommitments.get(expected.path("text").asText());
            if (drafted == null) {
                continue; // a missed commitment is counted by the score
            }
            assertThat(drafted.path("status").asText())
                    .as("%s status of %s", document, expected.path("text").asText())
                    .isEqualTo(expected.path("status").asText("open"));
            assertThat(
                            drafted.path("due_date").isNull()
                                    ? null
                                    : drafted.path("due_date").asText())
                    .as("%s due date of %s", document, expected.path("text").asText())
                    .isEqualTo(
                            expected.hasNonNull("due_date")
                                    ? expected.path("due_date").asText()
                                    : null);
        }
    }

    private static List<String> textsOf(ResponseDraft draft) {
        List<String> texts = new ArrayList<>();
        draft.generalCommitments().forEach(c -> texts.add(c.text()));
        draft.issues().forEach(issue -> {
            texts.add(issue.text());
            issue.commitments().forEach(c -> texts.add(c.text()));
        });
        return texts;
    }

    private static Stream<String> documentsWithGold(Path documents, Path golds) throws IOException {
        try (Stream<Path> files = Files.list(documents)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".json") && Files.exists(golds.resolve(goldName(name))))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String goldName(String document) {
        return document.replaceFirst("\\.[^.]+$", "") + ".json";
    }
}
