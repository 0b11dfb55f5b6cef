package dev.commitmenttracker.reporting.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A commitment's timeline row, given its events one by one (any kind, in any order of business dates), says on every
 * date the status the validAt view gives: the events dated on or before it, folded in stream order.
 */
class TimelineCommitmentTest {

    static final String ID = "7a0c9f4e-2d1b-4c6a-8e3f-5b9d0a1c2e4f";
    static final LocalDate MADE = LocalDate.of(2024, 3, 10);

    @Test
    void givenEvidenceEffectiveBeforeWorkStarted_thenEvidencedFromThatDate() {
        TimelineCommitment row = new TimelineCommitment(recorded(), 0);
        row.take(new CommitmentAssigned(ID, OwnerRole.ABM, null, MADE.plusDays(1)), 1);
        row.take(new WorkStarted(ID, MADE.plusDays(10)), 2);
        List<TimelineCommitment.Step> changes = row.take(
                new EvidenceRecorded(ID, AssuranceMethod.IQA, MADE.plusDays(5), 10, 9, "IQA.", null, MADE.plusDays(12)),
                3);

        // before: ASSIGNED from day 1, IN_PROGRESS from day 10; now EVIDENCED from day 5 on (the evidence folds in
        // after the start)
        assertThat(statusOn(row, MADE.plusDays(4))).isEqualTo(CommitmentStatus.ASSIGNED);
        assertThat(statusOn(row, MADE.plusDays(5))).isEqualTo(CommitmentStatus.EVIDENCED);
        assertThat(statusOn(row, MADE.plusDays(20))).isEqualTo(CommitmentStatus.EVIDENCED);
        assertThat(changes)
                .containsExactlyInAnyOrder(
                        new TimelineCommitment.Step(MADE.plusDays(5), CommitmentStatus.ASSIGNED, -1),
                        new TimelineCommitment.Step(MADE.plusDays(5), CommitmentStatus.EVIDENCED, 1),
                        new TimelineCommitment.Step(MADE.plusDays(10), CommitmentStatus.ASSIGNED, 1),
                        new TimelineCommitment.Step(MADE.plusDays(10), CommitmentStatus.IN_PROGRESS, -1));
    }

    @Test
    void onRandomHistoriesTheRowsStatusOnEveryDateIsTheValidAtViews() {
        Random random = new Random(7);
        for (int history = 0; history < 2000; history++) {
            List<Object> events = new ArrayList<>(List.of(recorded()));
            TimelineCommitment row = new TimelineCommitment(recorded(), 0);
            Map<LocalDate, Map<CommitmentStatus, Long>> counts = new java.util.TreeMap<>();
            add(counts, row.steps());
            int length = random.nextInt(10);
            for (int i = 1; i <= length; i++) {
                CommitmentEvent event = randomEvent(random, MADE.plusDays(random.nextInt(80) - 10));
                events.add(event);
                add(counts, row.take(event, i));
                assertThat(row.take(event, i))
                        .as("a redelivered event changes nothing")
                        .isEmpty();
            }
            for (LocalDate day = MADE.minusDays(12); day.isBefore(MADE.plusDays(72)); day = day.plusDays(1)) {
                LocalDate on = day;
                CommitmentStatus viewed = CommitmentState.replay(events.stream()
                                .filter(event -> !((CommitmentEvent) event)
                                        .businessDate()
                                        .isAfter(on))
                                .toList())
                        .map(CommitmentState::status)
                        .orElse(null);
                Map<CommitmentStatus, Long> standing = new EnumMap<>(CommitmentStatus.class);
                counts.forEach((date, changes) -> {
                    if (!date.isAfter(on)) {
                        changes.forEach((status, delta) -> standing.merge(status, delta, Long::sum));
                    }
                });
                standing.values().removeIf(count -> count == 0);
                assertThat(standing)
                        .as("on %s after %s", on, events)
                        .isEqualTo(viewed == null ? Map.of() : Map.of(viewed, 1L));
            }
        }
    }

    private static CommitmentStatus statusOn(TimelineCommitment row, LocalDate on) {
        Map<CommitmentStatus, Long> standing = new EnumMap<>(CommitmentStatus.class);
        row.steps().stream()
                .filter(step -> !step.on().isAfter(on))
                .forEach(step -> standing.merge(step.status(), step.delta(), Long::sum));
        return standing.entrySet().stream()
                .filter(e -> e.getValue() == 1)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static void add(Map<LocalDate, Map<CommitmentStatus, Long>> counts, List<TimelineCommitment.Step> steps) {
        for (TimelineCommitment.Step step : steps) {
            counts.computeIfAbsent(step.on(), d -> new EnumMap<>(CommitmentStatus.class))
                    .merge(step.status(), step.delta(), Long::sum);
        }
    }

    private static CommitmentEvent randomEvent(Random random, LocalDate on) {
        return switch (random.nextInt(10)) {
            case 0 -> new CommitmentAssigned(ID, OwnerRole.LEGAL_MANAGER, null, on);
            case 1 -> new WorkStarted(ID, on);
            case 2 -> new ProgressNoted(ID, "Note.", on);
            case 3 -> new EvidenceRecorded(ID, AssuranceMethod.DIP_SAMPLE, on, 10, 8, "Sample.", null, on.plusDays(2));
            case 4 -> new CommitmentClosed(ID, "Done.", on);
            case 5 -> new CommitmentReopened(ID, "Slipped.", on);
            case 6 -> new DueDateRevised(ID, MADE.plusDays(100), MADE.plusDays(200), "Later.", on);
            case 7 -> new CommitmentWithdrawn(ID, "Superseded.", on);
            case 8 ->
                new FollowUpJudged(ID, FollowUpGrade.values()[random.nextInt(FollowUpGrade.values().length)], null, on);
            default -> new CommitmentAssigned(ID, OwnerRole.ABM, "Someone", on);
        };
    }

    private static CommitmentRecorded recorded() {
        return new CommitmentRecorded(
                ID,
                AreaCode.WESSEX,
                List.of(AreaCode.SOUTH_WEST),
                null,
                null,
                Theme.DISCLOSURE,
                "Check.",
                MADE,
                MADE.plusDays(100),
                null);
    }
}
