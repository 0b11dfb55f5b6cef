package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Java port of score-import gives the numbers the Python scorer prints for the same pair of files. */
class GoldScoreTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "importing", "scorer");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresAFlawedDraftAsScoreImportDoes() throws IOException {
        GoldScore score = GoldScore.of(
                JSON.readTree(FIXTURES.resolve("draft.json").toFile()),
                JSON.readTree(FIXTURES.resolve("gold.json").toFile()));

        // the expected lines are what `score-import draft.json gold.json` printed for these two files
        assertThat(score.report()).isEqualTo("""
                header area=ok published=ok kind=ok ratings=ok
                issues P=0.50 R=0.50 F1=0.50 texts=1/2
                commitments P=0.50 R=0.40 F1=0.44 matched=2 draft=4 gold=5
                owners P=0.67 R=1.00 F1=0.80
                assurance P=0.50 R=1.00 F1=0.67
                verdict misses: issues, commitments, owners, assurance""");
    }

    @Test
    void scoresGoldAgainstItselfAsPerfect() throws IOException {
        var gold = JSON.readTree(FIXTURES.resolve("gold.json").toFile());

        GoldScore score = GoldScore.of(gold, gold);

        assertThat(score.misses()).isEmpty();
        assertThat(score.commitments().f1()).isEqualTo(1.0);
    }
}
