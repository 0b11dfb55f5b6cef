package dev.commitmenttracker.audit;

import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.config.AxonConfig;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/** What changed in an Area's commitments between two business dates: new commitments, transitions, evidence, revisions. */
@Service
public class AreaChanges {

    /** One change, with who recorded it and when. */
    public record Change(
            LocalDate businessDate,
            String commitmentId,
            String commitmentText,
            String change,
            String detail,
            String actor,
            Instant recordedAt) {}

    private final EventStore eventStore;

    AreaChanges(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Changes whose business date lies from {@code from} to {@code to}, both included, oldest first. */
    public List<Change> between(Collection<String> commitmentIds, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw RuleViolation.invalid(
                    "validation.required", from == null ? "from" : "to", "Give both from and to (business dates).");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.invalid(
                    "validation.out-of-range", "to", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        List<Change> changes = new ArrayList<>();
        for (String id : commitmentIds) {
            AggregateHistory history = AggregateHistory.read(eventStore, id);
            String text = CommitmentState.replay(history.payloads())
                    .map(CommitmentState::text)
                    .orElse(null);
            for (DomainEventMessage<?> event : history.events()) {
                if (event.getPayload() instanceof CommitmentEvent fact
                        && !fact.businessDate().isBefore(from)
                        && !fact.businessDate().isAfter(to)) {
                    changes.add(new Change(
                            fact.businessDate(),
                            id,
                            text,
                            event.getPayloadType().getSimpleName(),
                            describe(fact),
                            (String) event.getMetaData().get(AxonConfig.ACTOR),
                            event.getTimestamp()));
                }
            }
        }
        changes.sort(Comparator.comparing(Change::businessDate).thenComparing(Change::recordedAt));
        return changes;
    }

    /** A line a person reads in the list. */
    static String describe(CommitmentEvent fact) {
        if (fact instanceof CommitmentRecorded e) {
            return "Committed" + (e.dueDate() == null ? "" : ", due " + e.dueDate())
                    + (e.jointWith().isEmpty() ? "" : ", jointly with " + e.jointWith());
        }
        if (fact instanceof CommitmentAssigned e) {
            return "Assigned to " + e.ownerRole() + (e.ownerName() == null ? "" : " (" + e.ownerName() + ")");
        }
        if (fact instanceof WorkStarted) {
            return "Work started";
        }
        if (fact instanceof ProgressNoted e) {
            return "Progress: " + e.note();
        }
        if (fact instanceof EvidenceRecorded e) {
            Evidence evidence = Evidence.of(e);
            return "Evidence (" + e.method() + ")"
                    + (evidence.sampled()
                            ? ": " + e.compliantCount() + " of " + e.sampleSize() + " cases met the standard ("
                                    + evidence.compliancePercent() + "%)"
                            : "")
                    + " - " + e.summary();
        }
        if (fact instanceof CommitmentClosed e) {
            return "Closed by the Area: " + e.rationale();
        }
        if (fact instanceof CommitmentReopened e) {
            return "Reopened: " + e.reason();
        }
        if (fact instanceof DueDateRevised e) {
            return "Due date moved from " + e.previousDueDate() + " to " + e.dueDate() + ": " + e.reason();
        }
        if (fact instanceof CommitmentWithdrawn e) {
            return "Withdrawn: " + e.reason();
        }
        if (fact instanceof AssurancePlanRecorded e) {
            return "Assurance planned: " + e.method() + " " + e.cadence() + " from " + e.startsOn();
        }
        if (fact instanceof FollowUpJudged e) {
            return "Judged by the inspectorate: " + e.grade() + (e.note() == null ? "" : " - " + e.note());
        }
        return fact.getClass().getSimpleName();
    }
}
