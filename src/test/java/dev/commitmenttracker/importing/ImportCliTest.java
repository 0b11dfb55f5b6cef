package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class ImportCliTest {

    private static final String RESPONSE = """
            **CPS Response to HMCPSI Area Assurance Inspection of CPS South East**
            *02/05/2019*

            Success of CPS People – Excellent
            Continuously Improving – Good
            Casework Quality – Good
            Public Confidence – Fair

            ## Issues to Address and CPS Area response

            1. Managers should make sure that case files record witness contact.

            **CPS Response:** The Paralegal Business Managers will check ten files a month for a record of \
            witness contact.
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheDraftAsJsonInTheGoldShape() throws IOException {
        Path file = Files.writeString(dir.resolve("south-east.md"), RESPONSE);

        assertThat(run("import", "--dry-run", file.toString())).isEqualTo(0);

        JsonNode draft = new ObjectMapper().readTree(stdout());
        // the gold keys, in their order, with the keys issue 13 added between them (docs/importer.md)
        assertThat(fieldNames(draft))
                .containsExactly(
                        "area",
                        "unit_kind",
                        "title",
                        "published",
                        "kind",
                        "ratings",
                        "follows_up",
                        "default_due_date",
                        "warnings",
                        "general_commitments",
                        "issues");
        JsonNode issue = draft.get("issues").get(0);
        assertThat(fieldNames(issue))
                .containsExactly(
                        "number",
                        "text",
                        "kind",
                        "for_cps",
                        "addressed_to",
                        "grade",
                        "theme",
                        "joint_with",
                        "commitments");
        assertThat(fieldNames(issue.get("commitments").get(0)))
                .containsExactly("text", "owners", "assurance", "due_date", "status", "cadence");
        assertThat(draft.get("area").asText()).isEqualTo("South East");
        assertThat(draft.get("published").asText()).isEqualTo("2019-05-02");
        assertThat(draft.get("kind").asText()).isEqualTo("area-assurance-inspection");
        assertThat(fieldNames(draft.get("ratings")))
                .as("ratings in document order")
                .containsExactly(
                        "Success of CPS People", "Continuously Improving", "Casework Quality", "Public Confidence");
        assertThat(draft.get("ratings").get("Casework Quality").asText()).isEqualTo("Good");
        assertThat(issue.get("theme").asText()).isEqualTo("witness-care");
        assertThat(issue.get("commitments").get(0).get("owners").get(0).asText())
                .isEqualTo("PBM");
        assertThat(issue.get("commitments").get(0).get("assurance").get(0).asText())
                .isEqualTo("MANAGER_QUALITY_CHECK");
        assertThat(stdout()).contains("\n  \"area\"");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void readsHtmlFilesAsHtml() throws IOException {
        Path file = Files.writeString(
                dir.resolve("south-east.html"),
                "<h1>CPS Response to HMCPSI Area Assurance "
                        + "Inspection of CPS South East</h1><p>02/05/2019</p><h2>1. Managers should make sure that case "
                        + "files record witness contact.</h2><p><b>CPS Response:</b> The Area will remind prosecutors.</p>");

        assertThat(run("import", "--dry-run", file.toString())).isEqualTo(0);
        assertThat(new ObjectMapper()
                        .readTree(stdout())
                        .at("/issues/0/commitments/0/text")
                        .asText())
                .isEqualTo("The Area will remind prosecutors.");
    }

    @Test
    void rejectsAnEmptyFileWithOneLineOnStandardError() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "  \n");

        assertThat(run("import", "--dry-run", file.toString())).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("import.empty: ").hasLineCount(1);
    }

    @Test
    void rejectsADocumentThatIsNotAResponse() throws IOException {
        Path file = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the book club\n\nWe read two books.\n");

        assertThat(run("import", "--dry-run", file.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("import.not-a-response: ").hasLineCount(1);
    }

    @Test
    void rejectsAMissingOrUndecodableFile() throws IOException {
        assertThat(run("import", "--dry-run", dir.resolve("absent.txt").toString()))
                .isEqualTo(1);
        assertThat(stderr()).startsWith("import.unreadable: ").hasLineCount(1);

        err.reset();
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'P', 'S', ' ', (byte) 0xE9, (byte) 0xFF});
        assertThat(run("import", "--dry-run", latin1.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("import.unreadable: ").hasLineCount(1);
    }

    @Test
    void answersWrongArgumentsWithUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("import", "some.txt")).isEqualTo(2);
        assertThat(run("export", "--dry-run", "some.txt")).isEqualTo(2);
        assertThat(stderr()).contains("usage: import --dry-run FILE");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void answersAnIncompleteCommitWithUsageAndSendsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("south-east.md"), RESPONSE);
        Map<String, String> password = Map.of(ImportCli.PASSWORD_VARIABLE, "demo");

        assertThat(commit(password, "import", "--commit", "--user", "lead.national", file.toString()))
                .as("no --url")
                .isEqualTo(ImportCli.USAGE);
        assertThat(commit(password, "import", "--commit", "--url", "http://localhost:1", file.toString()))
                .as("no --user")
                .isEqualTo(ImportCli.USAGE);
        assertThat(commit(password, "import", "--commit", "--url", "ftp://host", "--user", "u", file.toString()))
                .as("not http")
                .isEqualTo(ImportCli.USAGE);
        assertThat(commit(password, "import", "--commit", "--url", "http://localhost:1", "--user", "u"))
                .as("no file")
                .isEqualTo(ImportCli.USAGE);
        assertThat(commit(
                        password,
                        "import",
                        "--commit",
                        "--url",
                        "http://localhost:1",
                        "--user",
                        "u",
                        file.toString(),
                        "second.md"))
                .as("two files")
                .isEqualTo(ImportCli.USAGE);
        assertThat(stderr()).contains("usage: import --dry-run FILE").contains("import --commit --url URL --user USER");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void refusesToCommitWithoutAPasswordWhenThereIsNoConsole() throws IOException {
        Path file = Files.writeString(dir.resolve("south-east.md"), RESPONSE);

        // the tests run without a console (System.console() is null), so no password can be asked for
        assertThat(commit(
                        Map.of(),
                        "import",
                        "--commit",
                        "--url",
                        "http://localhost:1",
                        "--user",
                        "lead.national",
                        file.toString()))
                .isEqualTo(ImportCli.USAGE);
        assertThat(stderr()).startsWith("no password: set TRACKER_PASSWORD");
    }

    @Test
    void saysSoWhenTheTrackerCannotBeReached() throws IOException {
        Path file = Files.writeString(dir.resolve("south-east.md"), RESPONSE);

        assertThat(commit(
                        Map.of(ImportCli.PASSWORD_VARIABLE, "demo"),
                        "import",
                        "--commit",
                        "--url",
                        "http://127.0.0.1:1",
                        "--user",
                        "lead.national",
                        file.toString()))
                .isEqualTo(ImportCli.REJECTED);
        assertThat(stderr()).startsWith("unreachable: http://127.0.0.1:1: ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void refusesAMissingFileBeforeSendingAnything() {
        assertThat(commit(
                        Map.of(ImportCli.PASSWORD_VARIABLE, "demo"),
                        "import",
                        "--commit",
                        "--url",
                        "http://127.0.0.1:1",
                        "--user",
                        "lead.national",
                        dir.resolve("absent.md").toString()))
                .isEqualTo(ImportCli.REJECTED);
        assertThat(stderr()).startsWith("import.unreadable: ").contains("no such file");
    }

    @Test
    void refusesAReviewedDraftThatIsMissingOrNotADraftBeforeSendingAnything() throws IOException {
        Path file = Files.writeString(dir.resolve("south-east.md"), RESPONSE);
        Path notADraft = Files.writeString(dir.resolve("draft.json"), "{\"issues\": \"none\"");
        Map<String, String> password = Map.of(ImportCli.PASSWORD_VARIABLE, "demo");

        assertThat(commit(
                        password,
                        "import",
                        "--commit",
                        "--url",
                        "http://127.0.0.1:1",
                        "--user",
                        "lead.national",
                        "--draft",
                        dir.resolve("absent.json").toString(),
                        file.toString()))
                .isEqualTo(ImportCli.REJECTED);
        assertThat(stderr()).startsWith("import.unreadable: ").contains("absent.json: no such file");

        err.reset();
        assertThat(commit(
                        password,
                        "import",
                        "--commit",
                        "--url",
                        "http://127.0.0.1:1",
                        "--user",
                        "lead.national",
                        "--draft",
                        notADraft.toString(),
                        file.toString()))
                .isEqualTo(ImportCli.REJECTED);
        assertThat(stderr())
                .as("refused before the unreachable tracker is tried")
                .startsWith("import.unreadable: " + notADraft + ": not a draft");
    }

    private int commit(Map<String, String> environment, String... args) {
        return ImportCli.run(
                args,
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
