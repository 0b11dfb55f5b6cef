package dev.commitmenttracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * Random sequences of acts, valid and invalid, with random business dates, sent one by one to the Commitment
 * aggregate. Every history it accepts is then looked at "valid at" every date around it, as
 * {@code GET /api/commitments/{id}?validAt=} does (the events whose business date is on or before the date, folded
 * in stream order), and each view must be a state the lifecycle allows.
 */
class ValidAtViewsTest {

    static final String ID = "5d3c1f0e-8a47-4c3e-9a4e-0b1f6f7c2d19";
    static final LocalDate COMMITTED_ON = LocalDate.of(2022, 5, 10);
    /** The tracker's today for every request: after every date the acts are given. */
    static final LocalDate TODAY = LocalDate.of(2024, 1, 10);

    enum Kind {
        ASSIGN,
        START,
        NOTE,
        EVIDENCE,
        CLOSE,
        REOPEN,
        REVISE,
        WITHDRAW,
        JUDGE
    }

    /** One act as generated: its kind, the days since the date of the act before, and the act's own details. */
    record Step(
            Kind kind,
            int daysAfterPrevious,
            int effectiveDaysBefore,
            int sampleSize,
            int compliantPercent,
            int pick,
            boolean recordOfEarlierDecision,
            int dueDateShift,
            boolean wild) {}

    /** Acts that move a commitment on come more often than those that end it, so that many histories get far. */
    static Arbitrary<Kind> kind() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Kind.ASSIGN)),
                Tuple.of(5, Arbitraries.just(Kind.START)),
                Tuple.of(3, Arbitraries.just(Kind.NOTE)),
                Tuple.of(6, Arbitraries.just(Kind.EVIDENCE)),
                Tuple.of(5, Arbitraries.just(Kind.CLOSE)),
                Tuple.of(3, Arbitraries.just(Kind.REOPEN)),
                Tuple.of(2, Arbitraries.just(Kind.REVISE)),
                Tuple.of(1, Arbitraries.just(Kind.WITHDRAW)),
                Tuple.of(1, Arbitraries.just(Kind.JUDGE)));
    }

    @Provide
    Arbitrary<Step> step() {
        return Combinators.combine(
                        kind(),
                        Arbitraries.integers().between(-8, 30).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 6).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(1, 20).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(40, 100).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 1000).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(-400, 300).withDistribution(RandomDistribution.uniform()))
                .flatAs((kind, days, before, size, percent, pick, earlier, shift) -> Arbitraries.integers()
                        .between(1, 100)
                        .withDistribution(RandomDistribution.uniform())
                        .map(roll -> new Step(kind, days, before, size, percent, pick, earlier, shift, roll <= 15)));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return step().list().ofMinSize(1).ofMaxSize(16);
    }

    @Provide
    Arbitrary<Integer> target() {
        return Arbitraries.integers()
                .between(50, 95)
                .withDistribution(RandomDistribution.uniform())
                .injectNull(0.4);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyValidAtViewOfAnAcceptedHistoryIsAStateTheLifecycleAllows(
            @ForAll("steps") List<Step> steps, @ForAll("target") Integer target) {
        List<Object> history = new ArrayList<>(List.of(new CommitmentRecorded(
                ID,
                AreaCode.WESSEX,
                List.of(),
                null,
                null,
                Theme.DISCLOSURE,
                "Managers will sample disclosure records monthly.",
                COMMITTED_ON,
                COMMITTED_ON.plusDays(300),
                target)));
        FixtureConfiguration<Commitment> fixture = new AggregateTestFixture<>(Commitment.class);
        LocalDate date = COMMITTED_ON; // the date of the last accepted act; each step is dated from it
        int refused = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            LocalDate on = date.plusDays(step.daysAfterPrevious());
            Kind kind = step.wild()
                    ? step.kind()
                    : lifecycleAct(CommitmentState.replay(history).orElseThrow().status(), step.pick());
            ResultValidator<Commitment> result = fixture.given(history).when(command(kind, step, on, i));
            List<Object> after = fixture.getEventStore()
                    .readEvents(ID)
                    .asStream()
                    .map(EventMessage::getPayload)
                    .map(Object.class::cast)
                    .toList();
            if (after.size() == history.size()) {
                refused += refusedByARule(result) ? 1 : 0;
            } else {
                date = on;
            }
            history = new ArrayList<>(after);
        }
        Statistics.label("closed at some time").collect(history.stream().anyMatch(CommitmentClosed.class::isInstance));
        Statistics.label("some act refused").collect(refused > 0);
        Statistics.label("final status")
                .collect(CommitmentState.replay(history).orElseThrow().status());

        checkEveryView(history);

        Statistics.label("closed at some time")
                .coverage(coverage -> coverage.check(true).percentage(closed -> closed > 10));
        Statistics.label("some act refused")
                .coverage(coverage -> coverage.check(true).percentage(some -> some > 10));
    }

    /** Whether the command was refused with the domain's refusal (a no-op also leaves the history as it was). */
    private static boolean refusedByARule(ResultValidator<Commitment> result) {
        try {
            result.expectSuccessfulHandlerExecution();
            return false;
        } catch (AssertionError refusal) {
            result.expectException(RuleViolation.class);
            return true;
        }
    }

    /**
     * Most steps take one of the acts the current state allows (withdrawal seldom), so that many histories get far;
     * the others ("wild") take any act. Either way the date is random.
     */
    private static Kind lifecycleAct(CommitmentStatus status, int pick) {
        if (pick % 9 == 0) {
            return Kind.JUDGE;
        }
        if (pick % 2 == 0) {
            switch (status) {
                case COMMITTED -> {
                    return Kind.ASSIGN;
                }
                case ASSIGNED -> {
                    return Kind.START;
                }
                case IN_PROGRESS -> {
                    return Kind.EVIDENCE;
                }
                case EVIDENCED -> {
                    return Kind.CLOSE;
                }
                case CLOSED -> {
                    return Kind.REOPEN;
                }
                default -> {}
            }
        }
        List<Kind> allowed = new ArrayList<>();
        for (CommitmentStatus.Act act : status.allowedActs()) {
            switch (act) {
                case ASSIGN -> allowed.add(Kind.ASSIGN);
                case START -> allowed.add(Kind.START);
                case NOTE_PROGRESS -> allowed.add(Kind.NOTE);
                case RECORD_EVIDENCE -> allowed.add(Kind.EVIDENCE);
                case CLOSE -> allowed.add(Kind.CLOSE);
                case REOPEN -> allowed.add(Kind.REOPEN);
                case REVISE_DUE_DATE -> allowed.add(Kind.REVISE);
                case WITHDRAW -> {
                    if (pick % 25 == 0) {
                        return Kind.WITHDRAW;
                    }
                }
            }
        }
        return allowed.isEmpty() ? Kind.JUDGE : allowed.get(pick % allowed.size());
    }

    private static Object command(Kind kind, Step step, LocalDate on, int i) {
        return switch (kind) {
            case ASSIGN ->
                new AssignCommitment(ID, OwnerRole.values()[step.pick() % OwnerRole.values().length], null, on, null);
            case START -> new StartWork(ID, on, null);
            case NOTE -> new NoteProgress(ID, "Note " + i + ".", on, null);
            case EVIDENCE -> {
                AssuranceMethod method = List.of(
                                AssuranceMethod.DIP_SAMPLE, AssuranceMethod.IQA, AssuranceMethod.QUALITY_FORUM)
                        .get(step.pick() % 3);
                Integer size = method.sampled() ? step.sampleSize() : null;
                Integer compliant = method.sampled() ? step.sampleSize() * step.compliantPercent() / 100 : null;
                yield new RecordEvidence(
                        ID,
                        method,
                        on.minusDays(step.effectiveDaysBefore()),
                        size,
                        compliant,
                        "Sample " + i + ".",
                        null,
                        on,
                        null);
            }
            case CLOSE -> new CloseCommitment(ID, "Delivered " + i + ".", on, null);
            case REOPEN -> new ReopenCommitment(ID, "Slipped " + i + ".", on, null);
            case REVISE ->
                new ReviseDueDate(
                        ID,
                        on.plusDays(step.dueDateShift()),
                        "Moved " + i + ".",
                        on,
                        step.recordOfEarlierDecision(),
                        TODAY,
                        null);
            case WITHDRAW -> new WithdrawCommitment(ID, "Superseded " + i + ".", on, null);
            case JUDGE ->
                new JudgeFollowUp(
                        ID, FollowUpGrade.values()[step.pick() % FollowUpGrade.values().length], null, on, null);
        };
    }

    /**
     * Each view from the day before the commitment to the day after its last act. A view changes only on a business
     * date of the history, so the days on either side of each of those dates see every view there is.
     */
    static void checkEveryView(List<Object> history) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        for (Object event : history) {
            LocalDate date = ((CommitmentEvent) event).businessDate();
            days.addAll(List.of(date.minusDays(1), date, date.plusDays(1)));
        }
        for (LocalDate validAt : days) {
            List<Object> view = history.stream()
                    .filter(event -> !((CommitmentEvent) event).businessDate().isAfter(validAt))
                    .toList();
            checkView(view, validAt, history);
        }
    }

    private static final Set<CommitmentStatus> WORKED_ON =
            EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.EVIDENCED, CommitmentStatus.CLOSED);

    private static void checkView(List<Object> view, LocalDate validAt, List<Object> history) {
        String where = "valid at " + validAt + " of " + history;
        if (validAt.isBefore(COMMITTED_ON)) {
            assertThat(view)
                    .as("no state before the commitment was made, " + where)
                    .isEmpty();
            return;
        }
        assertThat(view).as(where).isNotEmpty();
        assertThat(view.get(0))
                .as("the view starts with the commitment, " + where)
                .isInstanceOf(CommitmentRecorded.class);
        CommitmentState state = CommitmentState.recorded((CommitmentRecorded) view.get(0));
        for (Object event : view.subList(1, view.size())) {
            Optional<CommitmentStatus.Act> act = CommitmentState.actOf((CommitmentEvent) event);
            if (act.isPresent()) {
                assertThat(act.get().allowedFrom(state.status()))
                        .as(act.get() + " from " + state.status() + ", " + where)
                        .isTrue();
            }
            state = state.evolve((CommitmentEvent) event);
        }
        if (WORKED_ON.contains(state.status())) {
            assertThat(state.ownerRole())
                    .as("work under way has an owner, " + where)
                    .isNotNull();
        }
        if (state.status() == CommitmentStatus.EVIDENCED || state.status() == CommitmentStatus.CLOSED) {
            assertThat(state.evidence())
                    .as(state.status() + " has evidence, " + where)
                    .isNotEmpty();
        }
        if (state.status() == CommitmentStatus.CLOSED && state.targetCompliance() != null) {
            Evidence latest = state.latestSampledEvidence().orElse(null);
            assertThat(latest)
                    .as("closed against a target has sampled evidence, " + where)
                    .isNotNull();
            assertThat(latest.compliancePercent().doubleValue())
                    .as("closed meets its target, " + where)
                    .isGreaterThanOrEqualTo(state.targetCompliance());
        }
        if (state.closedOn() != null) {
            LocalDate closedOn = state.closedOn();
            assertThat(state.evidence())
                    .as("no evidence effective after the closure, " + where)
                    .allSatisfy(evidence -> assertThat(evidence.effectiveOn()).isBeforeOrEqualTo(closedOn));
        }
        assertThat(state.evidence())
                .as("evidence is recorded on or after it is effective, " + where)
                .allSatisfy(evidence -> assertThat(evidence.recordedOn()).isAfterOrEqualTo(evidence.effectiveOn()));
    }
}
