package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three families through the command line, {@code import --commit --url ... --user ... FILE} against the started
 * application, as a national lead would run it; a refused document, a wrong password and a wrong earlier inspection
 * each exit non-zero with the reason; a draft reviewed offline ({@code --dry-run}, edited, {@code --draft}) is what is
 * committed.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=import-end-to-end-cli")
@DirtiesContext
class ImportCliEndToEndIT extends ImportEndToEnd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    @Override
    JsonNode importAndCommit(String fixture, String user) throws Exception {
        Run run = commit(user, "demo", file(fixture, fixture(fixture)));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aDocumentThatIsNotAResponseIsRefusedWithItsReasonAndNothingOnStandardOutput() throws IOException {
        Run run = commit(LEAD, "demo", file("recipe.txt", "Pancakes\n\nMix flour, eggs and milk. Fry in a hot pan.\n"));

        assertThat(run.exit()).isEqualTo(ImportCli.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("import refused (400): import.not-a-response, field document: ");
    }

    @Test
    void aWrongPasswordIsRefused() throws IOException {
        Run run = commit(LEAD, "not-the-password", file(FOLLOW_UP, fixture(FOLLOW_UP)));

        assertThat(run.exit()).isEqualTo(ImportCli.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("(401)");
    }

    @Test
    void anEarlierInspectionGivenThatIsNotRecordedIsRefusedBeforeAnythingIsCommitted() throws IOException {
        Run run = commit(
                LEAD,
                "demo",
                file(FOLLOW_UP, fixture(FOLLOW_UP)),
                "--follows-up",
                "0e6f3c1a-9d1b-4a8e-8f3e-6c2a9b7d5e41");

        assertThat(run.exit()).isEqualTo(ImportCli.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("review refused (400): validation.unknown-inspection, field follows_up.inspection_id: ");
        String kept = run.err().lines().toList().get(1);
        assertThat(kept).startsWith("the import is kept as a draft: http://localhost:" + port + "/api/imports/");
        String importId = kept.substring(kept.lastIndexOf('/') + 1);
        assertThat(api.as(LEAD)
                        .get("/api/imports/" + importId)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void aDraftReviewedOfflineIsTheOneCommitted() throws IOException {
        // given the draft printed by --dry-run, with its first commitment marked as context by the reviewer
        Path document = file("wessex-2019-aai.md", fixture("wessex-2019-aai.md"));
        Run dryRun = run(Map.of(), "import", "--dry-run", document.toString());
        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        ObjectNode draft = (ObjectNode) JSON.readTree(dryRun.out());
        JsonNode firstIssue = draft.path("issues").get(0);
        String contextText = firstIssue.path("commitments").get(0).path("text").asString();
        ((ObjectNode) firstIssue.path("commitments").get(0)).put("status", "context");
        Path reviewed = Files.writeString(temp.resolve("reviewed.json"), JSON.writeValueAsString(draft));
        List<String> texts = new ArrayList<>();
        draft.path("general_commitments").forEach(c -> texts.add(c.path("text").asString()));
        draft.path("issues")
                .forEach(issue -> issue.path("commitments")
                        .forEach(c -> texts.add(c.path("text").asString())));
        // a sentence answering two findings is one commitment
        long distinct = texts.stream().distinct().count();
        assertThat(distinct).isLessThan(texts.size());

        // when committed with it
        Run run = commit(LEAD, "demo", document, "--draft", reviewed.toString());

        // then the reviewed draft was recorded: one commitment fewer than the distinct sentences read, none with the
        // context sentence
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode committed = JSON.readTree(run.out());
        List<String> ids = ids(committed.path("commitmentIds"));
        assertThat(ids).hasSize((int) distinct - 1);
        for (String id : ids) {
            assertThat(api.as("auditor")
                            .get("/api/commitments/" + id)
                            .json()
                            .path("text")
                            .asString())
                    .isNotEqualTo(contextText);
        }
        assertThat(api.as("auditor")
                        .get("/api/imports/" + committed.path("importId").asString())
                        .json()
                        .path("draft")
                        .path("issues")
                        .get(0)
                        .path("commitments")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("context");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Run commit(String user, String password, Path file, String... more) {
        List<String> args =
                new ArrayList<>(List.of("import", "--commit", "--url", "http://localhost:" + port, "--user", user));
        args.addAll(List.of(more));
        args.add(file.toString());
        return run(Map.of(ImportCli.PASSWORD_VARIABLE, password), args.toArray(String[]::new));
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCli.run(
                args,
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
