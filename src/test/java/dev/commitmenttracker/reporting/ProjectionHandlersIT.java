package dev.commitmenttracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.reporting.processing.ReportingGroups;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every projection handler in "given these events, then these rows" form, on PostgreSQL. Each event goes, in a
 * transaction of its own, to every reporting projection through Axon's own routing (the annotation adapter the
 * processors wrap each handler bean in: the most specific handler, its parameters resolved), as a domain event with the
 * sequence number it has in its commitment's stream. So a handler added to a projection is called here without this
 * test knowing it, and {@link #everyHandlerOfEveryProjectionIsReachedByAnEventGivenHere} fails until an event of the
 * tests reaches it. Redelivering an event, or replaying all of them after a reset, must leave the rows as they were.
 * Nothing is appended to the event store in this context, so the running processors leave these tables alone.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.test.context=projection-handlers")
@DirtiesContext
class ProjectionHandlersIT {

    static final String ID = "11111111-1111-4111-8111-111111111111";
    static final LocalDate COMMITTED = LocalDate.of(2026, 1, 10);
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    /** The event types these tests give; each handler of each projection must be reached by one of them. */
    static final List<Class<?>> GIVEN_TYPES = List.of(
            CommitmentRecorded.class,
            CommitmentAssigned.class,
            WorkStarted.class,
            ProgressNoted.class,
            EvidenceRecorded.class,
            CommitmentClosed.class,
            CommitmentReopened.class,
            DueDateRevised.class,
            CommitmentWithdrawn.class,
            AssurancePlanRecorded.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Object[]> delivered = new ArrayList<>();
    /** Each reporting projection by processing group, wrapped as its processor wraps it. */
    private final Map<String, AnnotationEventHandlerAdapter> projections = new LinkedHashMap<>();

    @BeforeEach
    void reset() {
        if (projections.isEmpty()) {
            projectionBeans().forEach((group, bean) -> projections.put(group, new AnnotationEventHandlerAdapter(bean)));
        }
        transactions.executeWithoutResult(
                tx -> projections.values().forEach(AnnotationEventHandlerAdapter::prepareReset));
    }

    @Test
    void everyHandlerOfEveryProjectionIsReachedByAnEventGivenHere() {
        assertThat(projectionBeans().keySet())
                .as("a bean per reporting processing group")
                .containsExactlyElementsOf(ReportingGroups.ALL);
        projectionBeans().forEach((group, bean) -> {
            List<Class<?>> handled = handledTypes(AopUtils.getTargetClass(bean));
            assertThat(handled).as(group + " handlers").isNotEmpty();
            for (Class<?> handler : handled) {
                assertThat(GIVEN_TYPES)
                        .as(group + ": an event given here that Axon routes to its handler of "
                                + handler.getSimpleName())
                        .anyMatch(given -> mostSpecific(handled, given) == handler);
            }
        });
    }

    // ---- commitment-progress

    @Test
    void givenRecordedJointly_thenOneCommitmentRowAnAreaRowPerAreaAndCountersUnderEachArea() {
        given(recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.NORTH_WEST), Theme.DISCLOSURE));

        assertThat(
                        row(
                                "select area, joint_with, theme, status, owner_role, committed_on, due_date, original_due_date, "
                                        + "due_date_revisions, open_due_date, last_sequence, commitment_text, inspection_id from report_commitment"))
                .isEqualTo(
                        "LONDON_NORTH|NORTH_WEST|DISCLOSURE|COMMITTED|null|2026-01-10|2026-06-30|2026-06-30|0|2026-06-30|0|Check disclosure.|null");
        assertThat(rows("select area, joint from report_commitment_area order by area"))
                .containsExactly("LONDON_NORTH|false", "NORTH_WEST|true");
        assertThat(areaThemeCounters())
                .containsExactly("LONDON_NORTH|DISCLOSURE|1|0|0|0|0|0", "NORTH_WEST|DISCLOSURE|1|0|0|0|0|0");
        assertThat(areaOwnerCounters())
                .containsExactly("LONDON_NORTH|UNASSIGNED|1|0|0|0|0|0", "NORTH_WEST|UNASSIGNED|1|0|0|0|0|0");
        assertThat(themeCounters()).containsExactly("DISCLOSURE|1|0|0|0|0|0");
    }

    @Test
    void givenAssigned_thenTheOwnerIsSetAndTheCountersMoveToTheRole() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE),
                new CommitmentAssigned(ID, OwnerRole.ABM, "B. Jones", COMMITTED.plusDays(1)));

        assertThat(row("select status, owner_role, owner_name, last_sequence from report_commitment"))
                .isEqualTo("ASSIGNED|ABM|B. Jones|1");
        assertThat(areaOwnerCounters())
                .containsExactly("LONDON_NORTH|ABM|0|1|0|0|0|0", "LONDON_NORTH|UNASSIGNED|0|0|0|0|0|0");
        assertThat(areaThemeCounters()).containsExactly("LONDON_NORTH|DISCLOSURE|0|1|0|0|0|0");
        assertThat(themeCounters()).containsExactly("DISCLOSURE|0|1|0|0|0|0");
    }

    @Test
    void givenWorkStartedAndProgressNoted_thenInProgressAndTheNoteOnlyMovesTheSequence() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE),
                new CommitmentAssigned(ID, OwnerRole.ABM, null, COMMITTED.plusDays(1)),
                new WorkStarted(ID, COMMITTED.plusDays(2)),
                new ProgressNoted(ID, "Sampling begun.", COMMITTED.plusDays(3)));

        assertThat(row("select status, last_sequence from report_commitment")).isEqualTo("IN_PROGRESS|3");
        assertThat(areaThemeCounters()).containsExactly("LONDON_NORTH|DISCLOSURE|0|0|1|0|0|0");
    }

    @Test
    void givenEvidencedThenClosed_thenClosedWithNoOpenDueDate() {
        given(startedCommitment());
        given(dipSample(20, 18), new CommitmentClosed(ID, "Delivered.", COMMITTED.plusDays(40)));

        assertThat(row("select status, open_due_date, last_sequence from report_commitment"))
                .isEqualTo("CLOSED|null|4");
        assertThat(areaThemeCounters()).containsExactly("LONDON_NORTH|DISCLOSURE|0|0|0|0|1|0");
        assertThat(areaOwnerCounters()).contains("LONDON_NORTH|LEGAL_MANAGER|0|0|0|0|1|0");
    }

    @Test
    void givenReopened_thenInProgressAndOpenAgain() {
        given(startedCommitment());
        given(
                dipSample(20, 18),
                new CommitmentClosed(ID, "Delivered.", COMMITTED.plusDays(40)),
                new CommitmentReopened(ID, "Fell back.", COMMITTED.plusDays(90)));

        assertThat(row("select status, open_due_date from report_commitment")).isEqualTo("IN_PROGRESS|2026-06-30");
        assertThat(themeCounters()).containsExactly("DISCLOSURE|0|0|1|0|0|0");
    }

    @Test
    void givenDueDateRevised_thenTheCurrentDueDateMovesAndTheOriginalStays() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE),
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Staff shortages.", COMMITTED.plusDays(5)),
                new DueDateRevised(
                        ID, DUE.plusMonths(3), DUE.plusMonths(4), "Training delayed.", COMMITTED.plusDays(6)));

        assertThat(row("select due_date, original_due_date, due_date_revisions, open_due_date from report_commitment"))
                .isEqualTo("2026-10-30|2026-06-30|2|2026-10-30");
    }

    @Test
    void givenWithdrawn_thenWithdrawnWithNoOpenDueDate() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.WESSEX), Theme.DISCLOSURE),
                new CommitmentWithdrawn(ID, "Superseded.", COMMITTED.plusDays(5)));

        assertThat(row("select status, open_due_date from report_commitment")).isEqualTo("WITHDRAWN|null");
        assertThat(areaThemeCounters())
                .containsExactly("LONDON_NORTH|DISCLOSURE|0|0|0|0|0|1", "WESSEX|DISCLOSURE|0|0|0|0|0|1");
    }

    @Test
    void anEventForACommitmentNeverRecordedFailsRatherThanBeingSkipped() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        tx -> handle(ReportingGroups.COMMITMENT_PROGRESS, 2, new WorkStarted(ID, COMMITTED))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ID);
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        tx -> handle(ReportingGroups.DUE_DATE_SLIPPAGE, 2, new WorkStarted(ID, COMMITTED))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        tx -> handle(ReportingGroups.EVIDENCE_REGISTER, 2, evidenceEvent(AssuranceMethod.IQA, 10, 9))))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- evidence-register

    @Test
    void givenEvidenceOfAJointCommitment_thenARecordUnderEachAreaAndCompliancePerAreaThemeAndQuarter() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.NORTH_WEST), Theme.WITNESS_CARE),
                new CommitmentAssigned(ID, OwnerRole.ABM, null, COMMITTED.plusDays(1)),
                new WorkStarted(ID, COMMITTED.plusDays(2)),
                evidenceEvent(AssuranceMethod.DIP_SAMPLE, 20, 15),
                evidenceEvent(AssuranceMethod.FULL_CHECK, null, null),
                new EvidenceRecorded(
                        ID,
                        AssuranceMethod.IQA,
                        LocalDate.of(2026, 4, 2),
                        10,
                        10,
                        "IQA.",
                        null,
                        LocalDate.of(2026, 4, 3)));

        assertThat(rows(
                        "select area, joint, commitment_id, theme, method, effective_on, quarter, sample_size, compliant_count, "
                                + "compliance_percent, evidence_key from report_evidence order by evidence_key, area"))
                .containsExactly(
                        "LONDON_NORTH|false|" + ID + "|WITNESS_CARE|DIP_SAMPLE|2026-03-01|2026-Q1|20|15|75.0|" + ID
                                + "/3",
                        "NORTH_WEST|true|" + ID + "|WITNESS_CARE|DIP_SAMPLE|2026-03-01|2026-Q1|20|15|75.0|" + ID + "/3",
                        "LONDON_NORTH|false|" + ID + "|WITNESS_CARE|FULL_CHECK|2026-03-01|2026-Q1|null|null|null|" + ID
                                + "/4",
                        "NORTH_WEST|true|" + ID + "|WITNESS_CARE|FULL_CHECK|2026-03-01|2026-Q1|null|null|null|" + ID
                                + "/4",
                        "LONDON_NORTH|false|" + ID + "|WITNESS_CARE|IQA|2026-04-02|2026-Q2|10|10|100.0|" + ID + "/5",
                        "NORTH_WEST|true|" + ID + "|WITNESS_CARE|IQA|2026-04-02|2026-Q2|10|10|100.0|" + ID + "/5");
        assertThat(rows("select area, theme, quarter, records, sampled_records, cases_sampled, cases_compliant "
                        + "from report_compliance_trend order by area, quarter"))
                .containsExactly(
                        "LONDON_NORTH|WITNESS_CARE|2026-Q1|2|1|20|15", "LONDON_NORTH|WITNESS_CARE|2026-Q2|1|1|10|10",
                        "NORTH_WEST|WITNESS_CARE|2026-Q1|2|1|20|15", "NORTH_WEST|WITNESS_CARE|2026-Q2|1|1|10|10");
        assertThat(row("select area, joint_with, theme, last_sequence from report_evidence_commitment"))
                .isEqualTo("LONDON_NORTH|NORTH_WEST|WITNESS_CARE|5");
    }

    /**
     * With a dead-letter queue, a refused event's batch still commits: a handler that changed a row before failing
     * would keep that change while the event is parked, and its retry would then be skipped as already taken in.
     */
    @Test
    void aRefusedEvidenceEventChangesNothingSoItsRetryIsApplied() {
        given(startedCommitment());
        EvidenceRecorded unreadable =
                new EvidenceRecorded(ID, AssuranceMethod.IQA, null, 10, 9, "No date.", null, LocalDate.of(2026, 3, 2));
        transactions.executeWithoutResult(
                tx -> assertThatThrownBy(() -> handle(ReportingGroups.EVIDENCE_REGISTER, 3, unreadable))
                        .isInstanceOf(RuntimeException.class));
        assertThat(row("select last_sequence from report_evidence_commitment")).isEqualTo("0");

        transactions.executeWithoutResult(
                tx -> handle(ReportingGroups.EVIDENCE_REGISTER, 3, evidenceEvent(AssuranceMethod.IQA, 10, 9)));

        assertThat(rows("select evidence_key, quarter from report_evidence")).containsExactly(ID + "/3|2026-Q1");
        assertThat(row("select last_sequence from report_evidence_commitment")).isEqualTo("3");
    }

    // ---- due-date-slippage

    @Test
    void givenDueDateRevisions_thenEachRevisionWithItsReasonAndPerAreaCountsOfRevisedAndSlipped() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.NORTH_WEST), Theme.DISCLOSURE),
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Staff shortages.", COMMITTED.plusDays(5)));

        assertThat(
                        row(
                                "select due_date, original_due_date, due_date_revisions, slipped, status, last_sequence from report_slippage_commitment"))
                .isEqualTo("2026-09-30|2026-06-30|1|true|COMMITTED|1");
        assertThat(
                        rows(
                                "select revision_number, previous_due_date, due_date, reason, revised_on from report_slippage_revision"))
                .containsExactly("1|2026-06-30|2026-09-30|Staff shortages.|2026-01-15");
        assertThat(rows("select area, revised, slipped from report_slippage_tally order by area"))
                .containsExactly("LONDON_NORTH|1|1", "NORTH_WEST|1|1");
        assertThat(rows("select area, joint from report_slippage_area_commitment order by area"))
                .containsExactly("LONDON_NORTH|false", "NORTH_WEST|true");

        given(new DueDateRevised(ID, DUE.plusMonths(3), DUE.minusMonths(1), "Brought forward.", COMMITTED.plusDays(6)));

        assertThat(row("select due_date, due_date_revisions, slipped from report_slippage_commitment"))
                .isEqualTo("2026-05-30|2|false");
        assertThat(rows("select area, revised, slipped from report_slippage_tally order by area"))
                .containsExactly("LONDON_NORTH|1|0", "NORTH_WEST|1|0");
        assertThat(rows("select revision_number, reason from report_slippage_revision order by revision_number"))
                .containsExactly("1|Staff shortages.", "2|Brought forward.");
    }

    @Test
    void givenOtherEvents_thenTheSlippageRowFollowsTheStatusButCountsNothing() {
        given(startedCommitment());
        given(new CommitmentWithdrawn(ID, "Superseded.", COMMITTED.plusDays(5)));

        assertThat(
                        row(
                                "select status, owner_role, due_date_revisions, slipped, last_sequence from report_slippage_commitment"))
                .isEqualTo("WITHDRAWN|LEGAL_MANAGER|0|false|3");
        assertThat(rows("select area from report_slippage_tally")).isEmpty();
    }

    // ---- assurance-plan

    @Test
    void givenRecordedWithoutAPlan_thenARowNotPlanned() {
        given(recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE));

        assertThat(row("select area, status, planned, pauses, last_sequence from report_assurance_commitment"))
                .isEqualTo("LONDON_NORTH|COMMITTED|false||0");
        assertThat(rows("select id from report_assurance_plan")).isEmpty();
    }

    @Test
    void givenPlannedAndReplanned_thenEveryPlanKeptInOrderAndTheRowPlanned() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE),
                monthlyDipSample(),
                new AssurancePlanRecorded(
                        ID, AssuranceMethod.IQA, Cadence.QUARTERLY, LocalDate.of(2026, 4, 1), COMMITTED.plusDays(20)));

        assertThat(row("select planned, last_sequence from report_assurance_commitment"))
                .isEqualTo("true|2");
        assertThat(
                        rows(
                                "select commitment_id, sequence, method, cadence, starts_on, planned_on from report_assurance_plan order by sequence"))
                .containsExactly(
                        ID + "|1|DIP_SAMPLE|MONTHLY|2026-02-01|2026-01-10",
                        ID + "|2|IQA|QUARTERLY|2026-04-01|2026-01-30");
    }

    @Test
    void givenEvidenceClosureAndReopening_thenEvidenceDatesByMethodAndThePausesKept() {
        given(startedCommitment());
        given(
                monthlyDipSample(),
                dipSample(20, 18),
                new CommitmentClosed(ID, "Delivered.", COMMITTED.plusDays(60)),
                new CommitmentReopened(ID, "Fell back.", COMMITTED.plusDays(90)),
                new CommitmentWithdrawn(ID, "Superseded.", COMMITTED.plusDays(100)));

        assertThat(rows("select sequence, method, effective_on from report_assurance_evidence"))
                .containsExactly("4|DIP_SAMPLE|2026-03-01");
        assertThat(row("select status, owner_role, pauses from report_assurance_commitment"))
                .isEqualTo("WITHDRAWN|LEGAL_MANAGER|2026-03-11/2026-04-10;2026-04-20/");
    }

    // ---- redelivery and replay, across all three

    @Test
    void redeliveringAnyEventChangesNothing() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.NORTH_WEST), Theme.DISCLOSURE),
                new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, COMMITTED.plusDays(1)),
                new WorkStarted(ID, COMMITTED.plusDays(2)),
                monthlyDipSample(),
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Staff shortages.", COMMITTED.plusDays(5)),
                evidenceEvent(AssuranceMethod.DIP_SAMPLE, 20, 15),
                new CommitmentClosed(ID, "Delivered.", COMMITTED.plusDays(40)));
        Map<String, List<String>> before = everyRow();

        for (Object[] event : List.copyOf(delivered)) {
            deliver((Long) event[0], event[1]);
        }
        // and a stale event arriving after later ones
        deliver(2, new WorkStarted(ID, COMMITTED.plusDays(2)));

        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    void replayingEveryEventAfterAResetGivesTheSameRows() {
        given(
                recorded(AreaCode.LONDON_NORTH, List.of(AreaCode.NORTH_WEST), Theme.DISCLOSURE),
                new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, COMMITTED.plusDays(1)),
                new WorkStarted(ID, COMMITTED.plusDays(2)),
                monthlyDipSample(),
                new DueDateRevised(ID, DUE, DUE.plusMonths(3), "Staff shortages.", COMMITTED.plusDays(5)),
                evidenceEvent(AssuranceMethod.DIP_SAMPLE, 20, 15),
                new CommitmentClosed(ID, "Delivered.", COMMITTED.plusDays(40)),
                new CommitmentReopened(ID, "Fell back.", COMMITTED.plusDays(60)));
        Map<String, List<String>> before = everyRow();

        reset();
        assertThat(everyRow().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        for (Object[] event : List.copyOf(delivered)) {
            deliver((Long) event[0], event[1]);
        }

        assertThat(everyRow()).isEqualTo(before);
    }

    // ---- helpers

    private void given(Object... events) {
        for (Object event : events) {
            String id = ((CommitmentEvent) event).commitmentId();
            long sequence = sequences.merge(id, 0L, (last, zero) -> last + 1);
            delivered.add(new Object[] {sequence, event});
            deliver(sequence, event);
        }
    }

    /** What the processors do with an event: each projection's most specific handler, in a transaction. */
    private void deliver(long sequence, Object event) {
        transactions.executeWithoutResult(tx -> projections.keySet().forEach(group -> handle(group, sequence, event)));
    }

    /** One projection handles the event, as the commitment's event number {@code sequence}, if it has a handler for it. */
    private void handle(String group, long sequence, Object event) {
        AnnotationEventHandlerAdapter projection = projections.get(group);
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                "Commitment", ((CommitmentEvent) event).commitmentId(), sequence, event);
        if (!projection.canHandle(message)) {
            return;
        }
        try {
            projection.handle(message);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The beans of the reporting processing groups, by group. */
    private Map<String, Object> projectionBeans() {
        Map<String, Object> beans = new TreeMap<>(Comparator.comparingInt(ReportingGroups.ALL::indexOf));
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            String group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), ProcessingGroup.class)
                    .value();
            if (ReportingGroups.ALL.contains(group)) {
                assertThat(beans.put(group, bean))
                        .as("one bean per group " + group)
                        .isNull();
            }
        });
        return beans;
    }

    /** The payload types of a projection's {@code @EventHandler} methods. */
    private static List<Class<?>> handledTypes(Class<?> projection) {
        return Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .<Class<?>>map(method -> method.getParameterTypes()[0])
                .toList();
    }

    /** The handler type Axon picks for an event: the most specific one that takes it, or null. */
    private static Class<?> mostSpecific(List<Class<?>> handled, Class<?> event) {
        Class<?> best = null;
        for (Class<?> type : handled) {
            if (type.isAssignableFrom(event) && (best == null || best.isAssignableFrom(type))) {
                best = type;
            }
        }
        return best;
    }

    private Object[] startedCommitment() {
        return new Object[] {
            recorded(AreaCode.LONDON_NORTH, List.of(), Theme.DISCLOSURE),
            new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, COMMITTED.plusDays(1)),
            new WorkStarted(ID, COMMITTED.plusDays(2))
        };
    }

    private static CommitmentRecorded recorded(AreaCode area, List<AreaCode> jointWith, Theme theme) {
        return new CommitmentRecorded(
                ID, area, jointWith, null, null, theme, "Check disclosure.", COMMITTED, DUE, null);
    }

    private static AssurancePlanRecorded monthlyDipSample() {
        return new AssurancePlanRecorded(
                ID, AssuranceMethod.DIP_SAMPLE, Cadence.MONTHLY, LocalDate.of(2026, 2, 1), COMMITTED);
    }

    private static EvidenceRecorded dipSample(int sampleSize, int compliant) {
        return evidenceEvent(AssuranceMethod.DIP_SAMPLE, sampleSize, compliant);
    }

    private static EvidenceRecorded evidenceEvent(AssuranceMethod method, Integer sampleSize, Integer compliant) {
        return new EvidenceRecorded(
                ID,
                method,
                LocalDate.of(2026, 3, 1),
                sampleSize,
                compliant,
                method + " check.",
                "REF-1",
                LocalDate.of(2026, 3, 2));
    }

    private List<String> areaThemeCounters() {
        return rows(
                "select area, theme, committed, assigned, in_progress, evidenced, closed, withdrawn from report_area_theme_tally "
                        + "order by area, theme");
    }

    private List<String> areaOwnerCounters() {
        return rows(
                "select area, owner_role, committed, assigned, in_progress, evidenced, closed, withdrawn from report_area_owner_tally "
                        + "order by area, owner_role");
    }

    private List<String> themeCounters() {
        return rows(
                "select theme, committed, assigned, in_progress, evidenced, closed, withdrawn from report_theme_tally order by theme");
    }

    private Map<String, List<String>> everyRow() {
        Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
        for (String table : List.of(
                "report_commitment",
                "report_commitment_area",
                "report_area_theme_tally",
                "report_area_owner_tally",
                "report_theme_tally",
                "report_evidence_commitment",
                "report_evidence",
                "report_compliance_trend",
                "report_slippage_commitment",
                "report_slippage_area_commitment",
                "report_slippage_revision",
                "report_slippage_tally",
                "report_assurance_commitment",
                "report_assurance_plan",
                "report_assurance_evidence")) {
            tables.put(table, rows("select * from " + table + " order by 1"));
        }
        return tables;
    }

    private String row(String sql) {
        List<String> rows = rows(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, (rs, n) -> {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                cells.add(String.valueOf(rs.getObject(i)));
            }
            return String.join("|", cells);
        });
    }
}
