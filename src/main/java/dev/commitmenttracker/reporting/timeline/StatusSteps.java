package dev.commitmenttracker.reporting.timeline;

import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A commitment's status on every business date, as the validAt view has it (its events dated on or before the date,
 * folded in stream order by {@link CommitmentState#replay}), as the changes of status that make it up: from each date
 * of its history on, one more in the new status and one fewer in the old. Used when an act arrives dated before one
 * already folded in (a history recorded before acts had to be in date order), where only the whole history tells.
 */
final class StatusSteps {

    /** One change: {@code delta} more commitments stand in {@code status} from {@code on}. */
    record Step(LocalDate on, CommitmentStatus status, long delta) {
    }

    private StatusSteps() {
    }

    static List<Step> of(List<?> events) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Object event : events) {
            if (event instanceof CommitmentEvent fact) {
                dates.add(fact.businessDate());
            }
        }
        List<Step> steps = new ArrayList<>();
        CommitmentStatus before = null;
        for (LocalDate on : dates) {
            List<Object> known = events.stream().filter(event -> event instanceof CommitmentEvent fact && !fact.businessDate().isAfter(on))
                    .map(Object.class::cast).toList();
            CommitmentStatus now = CommitmentState.replay(known).map(CommitmentState::status).orElse(null);
            if (now != before) {
                if (before != null) {
                    steps.add(new Step(on, before, -1));
                }
                if (now != null) {
                    steps.add(new Step(on, now, 1));
                }
                before = now;
            }
        }
        return steps;
    }
}
