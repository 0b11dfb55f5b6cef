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

        GoldScore score = GoldScore.of(draftJson, JSON.readTree(gold.toFile()));

        assertThat(score.misses()).as("%s%n%s", document, score.report()).isEmpty();
        assertThat(textsOf(draft))
                .as("every text is an exact substring of the source, trimmed as Python trims")
                .allSatisfy(text -> assertThat(source).contains(text))
                .allSatisfy(text -> assertThat(text)
                        .isEqualTo(UNICODE_SPACE_AT_ENDS.matcher(text).replaceAll("")));
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
