package dev.commitmenttracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application on its embedded default, as a newcomer runs it: it starts, loads the demo data, and
 * stops on SIGTERM (what Ctrl-C and a service manager send) without an error or a stack trace in its log.
 */
class EmbeddedDefaultJarIT {

    @TempDir
    Path workDir;

    @Test
    void startsLoadsTheDemoAndStopsCleanly() throws Exception {
        File[] jars = new File("target")
                .listFiles((dir, name) -> name.startsWith("commitment-tracker-") && name.endsWith(".jar"));
        assertThat(jars).as("the packaged application jar in target/").hasSize(1);
        Path log = workDir.resolve("app.log");
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jars[0].getAbsolutePath(),
                        "--server.port=0")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !app.isAlive() || read(log).contains("Demo data: "));
            assertThat(app.isAlive()).as(read(log)).isTrue();
            app.destroy();
            assertThat(app.waitFor(90, TimeUnit.SECONDS))
                    .as("stopped within 90 s")
                    .isTrue();
        } finally {
            app.destroyForcibly();
        }
        String output = read(log);
        assertThat(output).contains("Demo data: 30 commitments recorded now");
        assertThat(output.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")))
                .as("errors or stack traces while stopping")
                .isEmpty();
        assertThat(output).doesNotContain("XStream").doesNotContain("AxonIQ Console");
    }

    private static String read(Path log) throws java.io.IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
