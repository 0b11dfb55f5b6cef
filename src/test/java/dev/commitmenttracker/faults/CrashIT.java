package dev.commitmenttracker.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.CommandLoad;
import dev.commitmenttracker.support.ProjectionsRecomputed;
import dev.commitmenttracker.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The application killed with SIGKILL under command load, as its own process on a database of its own, then started
 * again on the same database. Every command it answered 200/201 before it died has its events in the store; once the
 * restarted node has caught up, every projection equals its rebuild from the events (nothing missing, nothing counted
 * twice), the counts of the read models equal the counts of the events, and the hash chain verifies.
 */
class CrashIT {

    static final int WRITERS = 6;
    static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void killedUnderLoadAndRestartedNothingAcknowledgedIsLostAndTheProjectionsAreExact() throws Exception {
        TestDatabase.Fresh database = TestDatabase.createFresh("crash");
        Node first = null;
        Node second = null;
        try {
            first = Node.start(database, "first");
            AtomicReference<Api> api = new AtomicReference<>(new Api(first.port));
            List<CommandLoad.Answer> answers;
            int exit;
            try (CommandLoad load = new CommandLoad(WRITERS, api::get)) {
                Awaitility.await()
                        .atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> load.answers().stream()
                                        .filter(CommandLoad.Answer::acknowledged)
                                        .count()
                                >= ACKNOWLEDGED_BEFORE_KILL);
                first.process.destroyForcibly();
                assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                exit = first.process.exitValue();
                load.close();
                answers = load.answers();
            }
            assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

            second = Node.start(database, "second");
            Api restarted = new Api(second.port);

            Map<String, List<Long>> acknowledged = CommandLoad.acknowledged(answers);
            long lost = 0;
            for (Map.Entry<String, List<Long>> commitment : acknowledged.entrySet()) {
                List<Long> stored = longs(
                        database,
                        "select sequence_number from domain_event_entry where aggregate_identifier = ?",
                        commitment.getKey());
                lost += commitment.getValue().stream()
                        .filter(version -> !stored.contains(version))
                        .count();
            }
            assertThat(lost)
                    .as("acknowledged commands whose events are not in the store")
                    .isZero();
            assertThat(answers)
                    .as("nothing but acknowledgements, and requests the kill left without an answer")
                    .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201, -1));

            ProjectionsRecomputed.assertEqualToRebuild(restarted);
            long commitments = longs(
                            database,
                            "select count(distinct aggregate_identifier) from domain_event_entry where type = ?",
                            "Commitment")
                    .getFirst();
            assertThat(restarted
                            .as("analyst")
                            .get("/api/reports/areas/LONDON_NORTH")
                            .json()
                            .path("total")
                            .asLong())
                    .as("each recorded commitment counted once in its Area")
                    .isEqualTo(commitments);
            long evidenceEvents = longs(
                            database,
                            "select count(*) from domain_event_entry where payload_type like ?",
                            "%EvidenceRecorded")
                    .getFirst();
            assertThat(longs(database, "select count(*) from report_evidence").getFirst())
                    .as("each evidence record in the register once")
                    .isEqualTo(evidenceEvents);
            Api.Response verified = restarted.as("auditor").get("/api/audit/verify");
            assertThat(verified.json().path("verified").asBoolean())
                    .as(verified.toString())
                    .isTrue();

            long events =
                    longs(database, "select count(*) from domain_event_entry").getFirst();
            System.out.printf(
                    "FAULTS crash: SIGKILL (exit %d) after %d commands acknowledged (%d answered in all, %d left"
                            + " without an answer); events in the store %d over %d commitments; lost %d; hash chain"
                            + " verified over %d events; restart to ready %d ms%n",
                    exit,
                    answers.stream().filter(CommandLoad.Answer::acknowledged).count(),
                    answers.size(),
                    answers.stream().filter(a -> a.status() == -1).count(),
                    events,
                    commitments,
                    lost,
                    verified.json().path("eventsChecked").asLong(),
                    second.startMillis);
        } finally {
            for (Node node : new Node[] {first, second}) {
                if (node != null) {
                    node.process.destroyForcibly();
                    node.process.waitFor(60, TimeUnit.SECONDS);
                }
            }
            TestDatabase.drop(database);
        }
    }

    /** The packaged application (or, without one, the test classpath) as a process of its own. */
    record Node(Process process, int port, long startMillis) {

        static Node start(TestDatabase.Fresh database, String name) throws Exception {
            Path log = Path.of("target", "crash-it-" + name + ".log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElseThrow());
            File[] jars = new File("target")
                    .listFiles((dir, file) -> file.startsWith("commitment-tracker-") && file.endsWith(".jar"));
            if (jars != null && jars.length == 1) {
                command.addAll(List.of("-jar", jars[0].getAbsolutePath()));
            } else {
                command.addAll(
                        List.of("-cp", System.getProperty("java.class.path"), "dev.commitmenttracker.Application"));
            }
            command.addAll(List.of(
                    "--server.port=0",
                    "--tracker.demo-data.enabled=false",
                    "--tracker.security.demo-users=true",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password()));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            AtomicReference<Integer> port = new AtomicReference<>();
            try {
                Awaitility.await()
                        .atMost(Duration.ofMinutes(20))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException(
                                        "The node stopped while starting: " + Files.readString(log));
                            }
                            Matcher found = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
                            if (found.find()) {
                                port.set(Integer.parseInt(found.group(1)));
                            }
                            return port.get() != null && ready(port.get());
                        });
            } catch (RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
            return new Node(process, port.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }

        private static boolean ready(int port) {
            try {
                return HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://localhost:" + port + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static List<Long> longs(TestDatabase.Fresh database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }
}
