package dev.commitmenttracker.commitment;

import static org.awaitility.Awaitility.await;

import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times one progress note on a fresh commitment (3 to 8 events) against one on a commitment of 1,000 events and more
 * (remembered by this node, else loaded from its snapshot), alternately so that the shared machine's load falls on both alike: over HTTP as a client
 * sees it, and in-process through {@link CommitmentService} without HTTP. Also times a full read of the long history
 * (what every load would cost without snapshots). Not part of the test run (the name matches neither *Test nor *IT):
 * {@code TRACKER_TEST_DB_HOST=127.0.0.1 ./mvnw test -Dtest=CommandPathBenchmark [-Dbenchmark.rounds=400]}.
 * Results: docs/benchmarks.md, "Command path".
 */
@PostgresIntegrationTest
class CommandPathBenchmark {

    static final String NOTE = "{\"note\":\"Monthly sample taken and reviewed.\",\"on\":\"2022-07-01\"}";

    @LocalServerPort
    int port;

    @Autowired
    CommitmentService commitments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void freshAgainstLong() throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 400);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "lead.national", null, AuthorityUtils.createAuthorityList("ROLE_NATIONAL_LEAD")));
        List<String> fresh = new ArrayList<>();
        for (int n = 0; n < rounds / 4; n++) {
            fresh.add(started());
        }
        String longOne = started();
        for (int n = 0; n < 997; n++) {
            note(longOne);
        }
        try {
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                                    Long.class,
                                    longOne)
                            > 0);
        } catch (ConditionTimeoutException none) {
            System.out.println(
                    "BENCHMARK no snapshot was taken: this node remembers the long commitment (or the build has no snapshots)");
        }

        HttpClient client = HttpClient.newHttpClient();
        String login = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("lead.national:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        int[] next = {0};
        LongSupplier httpFresh = () -> post(client, login, fresh.get(next[0]++ % fresh.size()));
        LongSupplier httpLong = () -> post(client, login, longOne);
        LongSupplier inProcessFresh = () -> timed(() -> note(fresh.get(next[0]++ % fresh.size())));
        LongSupplier inProcessLong = () -> timed(() -> note(longOne));

        run(rounds / 4, httpFresh, httpLong); // warm-up
        long[][] http = run(rounds / 2, httpFresh, httpLong);
        long[][] inProcess = run(rounds / 2, inProcessFresh, inProcessLong);
        long[] fullRead = new long[20];
        for (int n = 0; n < fullRead.length; n++) {
            fullRead[n] = timed(() -> commitments.find(longOne));
        }
        long events = commitments.find(longOne).orElseThrow().version() + 1;

        System.out.printf(
                "BENCHMARK command path: long commitment at %d events, snapshot at %s, %d fresh commitments%n",
                events,
                jdbc.queryForObject(
                        "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?",
                        Long.class,
                        longOne),
                fresh.size());
        report("HTTP        ", http);
        report("in-process  ", inProcess);
        System.out.printf(
                "BENCHMARK full read and fold of the long history (no snapshot): median %.2f ms%n",
                median(fullRead) / 1e6);
        SecurityContextHolder.clearContext();
    }

    private static long[][] run(int rounds, LongSupplier fresh, LongSupplier longOne) {
        long[][] times = new long[2][rounds];
        for (int n = 0; n < rounds; n++) {
            times[0][n] = fresh.getAsLong();
            times[1][n] = longOne.getAsLong();
        }
        return times;
    }

    private static void report(String how, long[][] times) {
        System.out.printf(
                "BENCHMARK %s fresh: median %.2f ms, p90 %.2f ms | 1,000+ events: median %.2f ms, p90 %.2f ms | ratio of medians %.2f%n",
                how,
                median(times[0]) / 1e6,
                percentile(times[0], 90) / 1e6,
                median(times[1]) / 1e6,
                percentile(times[1], 90) / 1e6,
                (double) median(times[1]) / median(times[0]));
    }

    private static long median(long[] times) {
        return percentile(times, 50);
    }

    private static long percentile(long[] times, int p) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private long post(HttpClient client, String login, String id) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/commitments/" + id + "/progress-notes"))
                .header("Authorization", login)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NOTE))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return took;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private void note(String id) {
        commitments.act(
                id,
                null,
                version ->
                        new NoteProgress(id, "Monthly sample taken and reviewed.", LocalDate.of(2022, 7, 1), version));
    }

    private String started() {
        return CommandPathIT.started(commitments);
    }
}
