package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A commitment as its events make it: the one fold of events into state. The aggregate, the read of a single
 * commitment and every "as of" reconstruction use this fold, so the rules cannot drift apart.
 */
public record CommitmentState(
        String id,
        AreaCode area,
        List<AreaCode> jointWith,
        String inspectionId,
        Integer issueNumber,
        Theme theme,
        String text,
        CommitmentStatus status,
        OwnerRole ownerRole,
        String ownerName,
        LocalDate committedOn,
        LocalDate dueDate,
        Integer targetCompliance,
        List<Evidence> evidence,
        List<ProgressNote> progressNotes,
        List<DueDateRevision> dueDateRevisions,
        String closureRationale,
        LocalDate closedOn,
        String withdrawalReason,
        List<FollowUpJudgement> followUpJudgements,
        LatestAct latestAct,
        Closure latestClosure,
        Reopening latestReopening) {

    /** A note of progress as the commitment keeps it. */
    public record ProgressNote(String note, LocalDate notedOn) {
    }

    /** A follow-up judgement by the inspectorate, as the commitment keeps it. */
    public record FollowUpJudgement(FollowUpGrade grade, String note, LocalDate judgedOn) {
    }

    /** A closure as the commitment remembers it, also after it was reopened. */
    public record Closure(String rationale, LocalDate closedOn) {
    }

    /** A reopening as the commitment remembers it. */
    public record Reopening(String reason, LocalDate reopenedOn) {
    }

    /**
     * The act of the lifecycle with the latest business date so far; {@code act} is null when that is the recording of
     * the commitment itself. The next act may not be dated before it. Follow-up judgements are the inspectorate's, not
     * acts of the lifecycle, and do not count.
     */
    public record LatestAct(CommitmentStatus.Act act, LocalDate on) {

        /** The act as a past fact, e.g. "the commitment was assigned". */
        public String done() {
            return act == null ? "the commitment was made" : act.done();
        }
    }

    public CommitmentState {
        followUpJudgements = List.copyOf(followUpJudgements);
        jointWith = List.copyOf(jointWith == null ? List.of() : jointWith);
        evidence = List.copyOf(evidence);
        progressNotes = List.copyOf(progressNotes);
        dueDateRevisions = List.copyOf(dueDateRevisions);
    }

    /** The state a commitment starts from. */
    public static CommitmentState recorded(CommitmentRecorded e) {
        return new CommitmentState(e.commitmentId(), e.area(), e.jointWith(), e.inspectionId(), e.issueNumber(), e.theme(),
                e.text(), CommitmentStatus.COMMITTED, null, null, e.committedOn(), e.dueDate(), e.targetCompliance(),
                List.of(), List.of(), List.of(), null, null, null, List.of(), new LatestAct(null, e.committedOn()), null, null);
    }

    /** Folds a whole stream; empty when the stream is empty or is not a commitment's (another aggregate's id). */
    public static Optional<CommitmentState> replay(Iterable<?> events) {
        CommitmentState state = null;
        for (Object event : events) {
            if (state == null && !(event instanceof CommitmentRecorded)) {
                return Optional.empty();
            }
            state = state == null ? recorded((CommitmentRecorded) event) : state.evolve(event);
        }
        return Optional.ofNullable(state);
    }

    /**
     * The act of the lifecycle an event records, if it records one: every commitment event but the recording itself and
     * the inspectorate's follow-up judgement.
     */
    public static Optional<CommitmentStatus.Act> actOf(Object event) {
        CommitmentStatus.Act act = null;
        if (event instanceof CommitmentAssigned) {
            act = CommitmentStatus.Act.ASSIGN;
        } else if (event instanceof WorkStarted) {
            act = CommitmentStatus.Act.START;
        } else if (event instanceof ProgressNoted) {
            act = CommitmentStatus.Act.NOTE_PROGRESS;
        } else if (event instanceof EvidenceRecorded) {
            act = CommitmentStatus.Act.RECORD_EVIDENCE;
        } else if (event instanceof CommitmentClosed) {
            act = CommitmentStatus.Act.CLOSE;
        } else if (event instanceof CommitmentReopened) {
            act = CommitmentStatus.Act.REOPEN;
        } else if (event instanceof DueDateRevised) {
            act = CommitmentStatus.Act.REVISE_DUE_DATE;
        } else if (event instanceof CommitmentWithdrawn) {
            act = CommitmentStatus.Act.WITHDRAW;
        }
        return Optional.ofNullable(act);
    }

    /** The state after one more event. Events this fold does not know leave the state as it is. */
    public CommitmentState evolve(Object event) {
        return fold(event).after(event);
    }

    private CommitmentState fold(Object event) {
        if (event instanceof CommitmentAssigned e) {
            CommitmentStatus next = status == CommitmentStatus.COMMITTED ? CommitmentStatus.ASSIGNED : status;
            return with(next, e.ownerRole(), e.ownerName(), dueDate, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn, withdrawalReason);
        }
        if (event instanceof WorkStarted) {
            return withStatus(CommitmentStatus.IN_PROGRESS);
        }
        if (event instanceof ProgressNoted e) {
            return with(status, ownerRole, ownerName, dueDate, evidence, append(progressNotes, new ProgressNote(e.note(), e.notedOn())),
                    dueDateRevisions, closureRationale, closedOn, withdrawalReason);
        }
        if (event instanceof EvidenceRecorded e) {
            return with(CommitmentStatus.EVIDENCED, ownerRole, ownerName, dueDate, append(evidence, Evidence.of(e)), progressNotes,
                    dueDateRevisions, closureRationale, closedOn, withdrawalReason);
        }
        if (event instanceof CommitmentClosed e) {
            return with(CommitmentStatus.CLOSED, ownerRole, ownerName, dueDate, evidence, progressNotes, dueDateRevisions,
                    e.rationale(), e.closedOn(), withdrawalReason).remembering(new Closure(e.rationale(), e.closedOn()), latestReopening);
        }
        if (event instanceof CommitmentReopened e) {
            return with(CommitmentStatus.IN_PROGRESS, ownerRole, ownerName, dueDate, evidence, progressNotes, dueDateRevisions,
                    null, null, withdrawalReason).remembering(latestClosure, new Reopening(e.reason(), e.reopenedOn()));
        }
        if (event instanceof DueDateRevised e) {
            return with(status, ownerRole, ownerName, e.dueDate(), evidence, progressNotes,
                    append(dueDateRevisions, new DueDateRevision(e.previousDueDate(), e.dueDate(), e.reason(), e.revisedOn())),
                    closureRationale, closedOn, withdrawalReason);
        }
        if (event instanceof FollowUpJudged e) {
            return new CommitmentState(id, area, jointWith, inspectionId, issueNumber, theme, text, status, ownerRole, ownerName,
                    committedOn, dueDate, targetCompliance, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn,
                    withdrawalReason, append(followUpJudgements, new FollowUpJudgement(e.grade(), e.note(), e.judgedOn())), latestAct,
                    latestClosure, latestReopening);
        }
        if (event instanceof CommitmentWithdrawn e) {
            return with(CommitmentStatus.WITHDRAWN, ownerRole, ownerName, dueDate, evidence, progressNotes, dueDateRevisions,
                    closureRationale, closedOn, e.reason());
        }
        return this;
    }

    /** Moves the latest act on when the event records an act dated on or after it (a history recorded before the rule stays put). */
    private CommitmentState after(Object event) {
        Optional<CommitmentStatus.Act> act = actOf(event);
        if (act.isEmpty() || !(event instanceof CommitmentEvent fact) || fact.businessDate() == null
                || (latestAct != null && fact.businessDate().isBefore(latestAct.on()))) {
            return this;
        }
        return new CommitmentState(id, area, jointWith, inspectionId, issueNumber, theme, text, status, ownerRole, ownerName,
                committedOn, dueDate, targetCompliance, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn,
                withdrawalReason, followUpJudgements, new LatestAct(act.get(), fact.businessDate()), latestClosure, latestReopening);
    }

    /** The Areas whose managers may act on this commitment: its own and any it is held jointly with. */
    public List<AreaCode> areas() {
        List<AreaCode> areas = new ArrayList<>(List.of(area));
        areas.addAll(jointWith);
        return areas;
    }

    public boolean concerns(AreaCode someArea) {
        return areas().contains(someArea);
    }

    /** The most recent sampled evidence (IQA or dip sample), by the date the sample was taken. */
    public Optional<Evidence> latestSampledEvidence() {
        return evidence.stream().filter(Evidence::sampled).max(Comparator.comparing(Evidence::effectiveOn));
    }

    /** The inspectorate's most recent follow-up judgement, by the date it was made. */
    public Optional<FollowUpJudgement> latestJudgement() {
        return followUpJudgements.stream().max(Comparator.comparing(FollowUpJudgement::judgedOn));
    }

    /** The due date first committed to, before any revision. */
    public LocalDate originalDueDate() {
        return dueDateRevisions.isEmpty() ? dueDate : dueDateRevisions.get(0).previousDueDate();
    }

    private CommitmentState withStatus(CommitmentStatus next) {
        return with(next, ownerRole, ownerName, dueDate, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn, withdrawalReason);
    }

    private CommitmentState with(CommitmentStatus status, OwnerRole ownerRole, String ownerName, LocalDate dueDate,
                                 List<Evidence> evidence, List<ProgressNote> progressNotes, List<DueDateRevision> dueDateRevisions,
                                 String closureRationale, LocalDate closedOn, String withdrawalReason) {
        return new CommitmentState(id, area, jointWith, inspectionId, issueNumber, theme, text, status, ownerRole, ownerName,
                committedOn, dueDate, targetCompliance, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn,
                withdrawalReason, followUpJudgements, latestAct, latestClosure, latestReopening);
    }

    private CommitmentState remembering(Closure closure, Reopening reopening) {
        return new CommitmentState(id, area, jointWith, inspectionId, issueNumber, theme, text, status, ownerRole, ownerName,
                committedOn, dueDate, targetCompliance, evidence, progressNotes, dueDateRevisions, closureRationale, closedOn,
                withdrawalReason, followUpJudgements, latestAct, closure, reopening);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
