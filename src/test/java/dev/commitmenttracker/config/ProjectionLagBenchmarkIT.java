package dev.commitmenttracker.config;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToLongFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Projection lag on one node: a benchmark, not a test. It runs only when asked,
 * {@code ./mvnw -B verify -Dit.test=ProjectionLagBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 * (add {@code -Dbenchmark.samples=N}, {@code -Dbenchmark.load-clients=N}), and prints percentiles; method and results
 * are in docs/benchmarks.md ("Projection lag"). Each sample records a commitment in North West through HTTP and, from
 * the moment the answer arrives, reads the North West Area report until its total counts the new commitment. The
 * samples are taken once with the application idle and once while load clients note progress on London North
 * commitments as fast as they are answered. Before each sample the measuring client pauses a random 0-1 s, so that
 * commands do not fall into step with a processor's poll (which would make every sample wait nearly a full period).
 * Two more figures per sample tell where the time goes: "processed", from the answer until the commitment-progress
 * processor (in the same JVM) reports a position at or past the store's head as read just after the answer; and "one
 * read", how long the report request that found the commitment took (the resolution of the HTTP figure).
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=projection-lag-benchmark")
@DirtiesContext
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProjectionLagBenchmarkIT {

    static final String NW = "manager.north-west";
    static final String LN = "manager.london-north";

    /** Fixed seed: the same pauses in every run. */
    static final Random PAUSES = new Random(11);

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore eventStore;

    /** Microseconds, per sample: visible in the report, processed by the processor, the last report read. */
    record Sample(long visible, long processed, long read) {}

    @Test
    void lagFromAnswerToAreaReport() throws Exception {
        int samples = Integer.getInteger("benchmark.samples", 200);
        int loadClients = Integer.getInteger("benchmark.load-clients", 4);
        Api api = new Api(port);
        // warm-up: JIT, connection pools, the processors' first claims
        measure(api, 30);
        ProjectionsCaughtUp.await(api);

        List<Sample> idle = measure(api, samples);
        print("idle", idle, 0, 0);

        List<String> loaded = new ArrayList<>();
        for (int i = 0; i < loadClients; i++) {
            loaded.add(startedCommitment(api));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong commands = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService load = Executors.newFixedThreadPool(Math.max(1, loadClients));
        List<Future<?>> clients = new ArrayList<>();
        for (String id : loaded) {
            clients.add(load.submit(() -> {
                Api client = new Api(port);
                while (running.get()) {
                    Api.Response noted = client.as(LN)
                            .post(
                                    "/api/commitments/" + id + "/progress-notes",
                                    map("note", "Monthly sample taken.", "on", "2026-07-01"));
                    (noted.status() == 200 ? commands : failures).incrementAndGet();
                }
            }));
        }
        long started = System.nanoTime();
        List<Sample> underLoad;
        try {
            underLoad = measure(api, samples);
        } finally {
            running.set(false);
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.SECONDS);
            }
            load.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(
                "under load (" + loadClients + " clients noting progress)",
                underLoad,
                commands.get() / seconds,
                failures.get());
        assertThat(failures.get()).isZero();
    }

    /** From the answer to the command until the Area report shows its effect, and the two diagnostic figures. */
    private List<Sample> measure(Api api, int samples) throws InterruptedException {
        StreamingEventProcessor progress = processing
                .eventProcessor("commitment-progress", StreamingEventProcessor.class)
                .orElseThrow();
        List<Sample> lags = new ArrayList<>();
        long total = total(api);
        for (int i = 0; i < samples; i++) {
            Thread.sleep(PAUSES.nextInt(1000));
            Api.Response created = api.as(NW).post("/api/commitments", commitment("NORTH_WEST"));
            long answered = System.nanoTime();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long head = eventStore.createHeadToken().position().orElseThrow();
            while (position(progress) < head) {
                requireWithin(answered, created);
                LockSupport.parkNanos(100_000);
            }
            long processed = System.nanoTime() - answered;
            total++;
            long read;
            while (true) {
                long asked = System.nanoTime();
                long seen = total(api);
                read = System.nanoTime() - asked;
                if (seen >= total) {
                    break;
                }
                requireWithin(answered, created);
                Thread.sleep(1);
            }
            lags.add(new Sample((System.nanoTime() - answered) / 1000, processed / 1000, read / 1000));
        }
        return lags;
    }

    private static void requireWithin(long answered, Api.Response created) {
        if (System.nanoTime() - answered > TimeUnit.SECONDS.toNanos(30)) {
            throw new AssertionError("commitment " + created.text("id") + " not in the Area report after 30 s");
        }
    }

    private static long position(StreamingEventProcessor processor) {
        long position = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            position = Math.min(position, status.getCurrentPosition().orElse(-1));
        }
        return position == Long.MAX_VALUE ? -1 : position;
    }

    private static long total(Api api) {
        Api.Response report = api.as("analyst").get("/api/reports/areas/NORTH_WEST");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json().path("total").asLong();
    }

    private static String startedCommitment(Api api) {
        Api.Response created = api.as(LN).post("/api/commitments", commitment("LONDON_NORTH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.as(LN)
                        .post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2022-05-12"))
                        .status())
                .isEqualTo(200);
        assertThat(api.as(LN)
                        .post("/api/commitments/" + id + "/start", map("on", "2022-05-15"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private static void print(String label, List<Sample> samples, double commandsPerSecond, long failures) {
        System.out.printf(
                "PROJECTION LAG %s: %d samples; load %.1f commands/s, %d failed%n",
                label, samples.size(), commandsPerSecond, failures);
        print("  visible in the Area report", samples, Sample::visible);
        print("  processed (in-JVM status)", samples, Sample::processed);
        print("  one report read", samples, Sample::read);
    }

    private static void print(String figure, List<Sample> samples, ToLongFunction<Sample> micros) {
        List<Long> sorted =
                new ArrayList<>(samples.stream().map(micros::applyAsLong).toList());
        Collections.sort(sorted);
        System.out.printf(
                "PROJECTION LAG %s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                figure,
                rank(sorted, 0.50),
                rank(sorted, 0.90),
                rank(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double rank(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
