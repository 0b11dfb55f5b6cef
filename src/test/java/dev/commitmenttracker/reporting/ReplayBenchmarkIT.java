package dev.commitmenttracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ProjectionStatus;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replay throughput of the reporting projections on PostgreSQL: a benchmark, not a test. It runs only when asked,
 * {@code ./mvnw -B verify -Dit.test=ReplayBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 * (add {@code -Dbenchmark.commitments=N}), and prints events per second; results and method are in docs/benchmarks.md.
 * It appends synthetic commitment lifecycles straight through the storage engine, then rebuilds each projection
 * alone and all at once (after one warm-up replay of all three), timing each replay from the reset until the processor
 * is at the head of the store.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=replay-benchmark")
@DirtiesContext
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReplayBenchmarkIT {

    /**
     * With {@code -Dbenchmark.fetch-size=N}: the JPA storage engine as Axon's auto-configuration builds it, but reading
     * N events per query instead of 100, to measure what that setting of the shared event store would give.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnProperty("benchmark.fetch-size")
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    static class LargerFetches {

        @Bean
        EventStorageEngine eventStorageEngine(
                Serializer defaultSerializer,
                PersistenceExceptionResolver persistenceExceptionResolver,
                @Qualifier("eventSerializer") Serializer eventSerializer,
                org.axonframework.config.Configuration configuration,
                EntityManagerProvider entityManagerProvider,
                TransactionManager transactionManager,
                @Value("${benchmark.fetch-size}") int fetchSize) {
            return JpaEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagerProvider)
                    .transactionManager(transactionManager)
                    .batchSize(fetchSize)
                    .build();
        }
    }

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProjectionAdmin admin;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void replayRate() {
        int commitments = Integer.getInteger("benchmark.commitments", 10_000);
        for (String group : ReportingGroups.ALL) {
            processing.eventProcessor(group).orElseThrow().shutDown();
        }
        long started = System.nanoTime();
        long events = append(commitments);
        double appendSeconds = seconds(started);
        System.out.printf(
                "%nBENCHMARK appended %d events of %d commitments in %.1f s (%.0f events/s)%n",
                events, commitments, appendSeconds, events / appendSeconds);

        List<String> lines = new ArrayList<>();
        double cold = rebuild(ReportingGroups.ALL);
        lines.add(String.format(
                "BENCHMARK %-20s %8d events in %6.2f s (first replay after start: JIT warm-up, cold caches)",
                "warm-up, all three", events, cold));
        for (String group : ReportingGroups.ALL) {
            double secs = rebuild(List.of(group));
            lines.add(String.format(
                    "BENCHMARK %-20s %8d events in %6.2f s = %8.0f events/s", group, events, secs, events / secs));
        }
        double all = rebuild(ReportingGroups.ALL);
        lines.add(String.format(
                "BENCHMARK %-20s %8d events in %6.2f s = %8.0f events/s per processor, %8.0f events/s in all",
                "all three at once", events, all, events / all, 3 * events / all));
        lines.forEach(System.out::println);
    }

    private double rebuild(List<String> groups) {
        long started = System.nanoTime();
        groups.forEach(admin::rebuild);
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (!groups.stream().allMatch(this::caughtUp)) {
            assertThat(System.nanoTime())
                    .as("replay of " + groups + " within 20 minutes")
                    .isLessThan(deadline);
            sleep();
        }
        return seconds(started);
    }

    private boolean caughtUp(String group) {
        ProjectionStatus status = admin.statuses().stream()
                .filter(s -> s.name().equals(group))
                .findFirst()
                .orElseThrow();
        assertThat(status.error()).as(status.toString()).isFalse();
        return status.caughtUp();
    }

    /** Lifecycles of about ten events each, interleaved in chunks of 500 commitments as concurrent work would be. */
    private long append(int commitments) {
        Random random = new Random(42);
        long count = 0;
        for (int first = 0; first < commitments; first += 500) {
            List<List<Object>> lifecycles = new ArrayList<>();
            for (int i = first; i < Math.min(commitments, first + 500); i++) {
                lifecycles.add(lifecycle(random, i));
            }
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int step = 0; ; step++) {
                boolean any = false;
                for (List<Object> lifecycle : lifecycles) {
                    if (step < lifecycle.size()) {
                        any = true;
                        String id = ((CommitmentRecorded) lifecycle.get(0)).commitmentId();
                        batch.add(new GenericDomainEventMessage<>("Commitment", id, step, lifecycle.get(step)));
                    }
                }
                if (!any) {
                    break;
                }
            }
            transactions.executeWithoutResult(tx -> storageEngine.appendEvents(batch));
            count += batch.size();
        }
        return count;
    }

    private static List<Object> lifecycle(Random random, int n) {
        String id = UUID.nameUUIDFromBytes(("benchmark-" + n).getBytes()).toString();
        AreaCode[] areas = AreaCode.areas().toArray(AreaCode[]::new); // joint commitments are between Areas
        AreaCode area = areas[random.nextInt(areas.length)];
        List<AreaCode> joint =
                random.nextInt(10) == 0 ? List.of(areas[(area.ordinal() + 1) % areas.length]) : List.of();
        Theme theme = Theme.values()[random.nextInt(Theme.values().length)];
        LocalDate committed = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000));
        LocalDate due = committed.plusDays(90 + random.nextInt(700));
        List<Object> events = new ArrayList<>();
        events.add(new CommitmentRecorded(
                id, area, joint, null, null, theme, "Synthetic commitment " + n, committed, due, null));
        events.add(new CommitmentAssigned(
                id, OwnerRole.values()[random.nextInt(OwnerRole.values().length)], null, committed.plusDays(2)));
        events.add(new WorkStarted(id, committed.plusDays(5)));
        events.add(new ProgressNoted(id, "First sample taken.", committed.plusDays(30)));
        if (random.nextInt(3) == 0) {
            events.add(new DueDateRevised(id, due, due.plusDays(60), "Staff shortages.", committed.plusDays(40)));
        }
        events.add(new ProgressNoted(id, "Second sample taken.", committed.plusDays(60)));
        events.add(new EvidenceRecorded(
                id,
                AssuranceMethod.DIP_SAMPLE,
                committed.plusDays(70),
                20,
                10 + random.nextInt(11),
                "Dip sample.",
                "REF-" + n,
                committed.plusDays(71)));
        events.add(new EvidenceRecorded(
                id,
                AssuranceMethod.IQA,
                committed.plusDays(100),
                10,
                5 + random.nextInt(6),
                "IQA.",
                null,
                committed.plusDays(101)));
        switch (random.nextInt(4)) {
            case 0 -> events.add(new CommitmentWithdrawn(id, "Superseded.", committed.plusDays(120)));
            case 1 -> {
                events.add(new CommitmentClosed(id, "Delivered.", committed.plusDays(120)));
                events.add(new CommitmentReopened(id, "Compliance fell.", committed.plusDays(200)));
            }
            default -> events.add(new CommitmentClosed(id, "Delivered.", committed.plusDays(120)));
        }
        return events;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
