package dev.commitmenttracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar <the app jar> import --dry-run FILE}: the packaged application as a command, with no database. */
class ImportCliJarIT {

    @TempDir
    Path temp;

    @Test
    void printsTheDraftOnStdoutAndExitsZero() throws Exception {
        Path document = temp.resolve("response.md");
        Files.copy(Path.of("src/test/resources/importing/wessex-2019-aai.md"), document);
        Run run = run("import", "--dry-run", document.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode draft = JsonMapper.builder().build().readTree(run.out());
        assertThat(draft.path("area").asString()).isEqualTo("Wessex");
        assertThat(draft.path("published").asString()).isEqualTo("2019-03-14");
        assertThat(draft.has("general_commitments")).isTrue();
    }

    @Test
    void refusesAnEmptyOrMissingFileWithOneLine() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.txt"), "");
        Run emptyRun = run("import", "--dry-run", empty.toString());
        assertThat(emptyRun.exit()).isNotZero();
        assertThat(emptyRun.out()).isEmpty();
        assertThat(emptyRun.err().strip().lines()).hasSize(1).first().asString().contains("import.empty");

        Run missing = run("import", "--dry-run", temp.resolve("nowhere.txt").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err().strip().lines()).hasSize(1);
    }

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        File[] jars = new File("target")
                .listFiles((dir, name) -> name.startsWith("commitment-tracker-")
                        && name.endsWith(".jar")
                        && !name.endsWith("-plain.jar")
                        && !name.endsWith(".original"));
        assertThat(jars).as("the packaged application jar in target/").hasSize(1);
        String[] command = new String[args.length + 3];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-jar";
        command[2] = jars[0].getPath();
        System.arraycopy(args, 0, command, 3, args.length);
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
