package dev.commitmenttracker.commitment.api;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.FollowUpGrade;
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
        Reopening latestReopening,
        List<AssurancePlan> assurancePlans,
        List<Pause> pauses) {

    /** A note of progress as the commitment keeps it. */
    public record ProgressNote(String note, LocalDate notedOn) {}

    /** A follow-up judgement by the inspectorate, as the commitment keeps it. */
    public record FollowUpJudgement(FollowUpGrade grade, String note, LocalDate judgedOn, String followUpInspectionId) {

        /** A judgement recorded by itself, not from a follow-up inspection. */
        public FollowUpJudgement(FollowUpGrade grade, String note, LocalDate judgedOn) {
            this(grade, note, judgedOn, null);
        }
    }

    /** A closure as the commitment remembers it, also after it was reopened. */
    public record Closure(String rationale, LocalDate closedOn) {}

    /** A reopening as the commitment remembers it. */
    public record Reopening(String reason, LocalDate reopenedOn) {}

    /**
     * A span in which the commitment was not open: closed or withdrawn {@code from}, reopened {@code until} (null while
     * it still is). Missed assurance checks are not owed inside a pause.
     */
    public record Pause(LocalDate from, LocalDate until) {}

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
        assurancePlans = List.copyOf(assurancePlans == null ? List.of() : assurancePlans);
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
    }

    /** The assurance the commitment now promises (the latest plan recorded), or null when it promises none. */
    public AssurancePlan assurancePlan() {
        return assurancePlans.isEmpty() ? null : assurancePlans.get(assurancePlans.size() - 1);
    }

    /**
     * Where a commitment stands: its status, who owns it, its due date, the due date first committed to and how often
     * the due date moved. This is the part of the fold that moves the lifecycle on: {@link #evolve} folds through it, and
     * a projection whose rows keep no more than this folds through it too, so both follow the same rules.
     */
    public record Position(
            CommitmentStatus status,
            OwnerRole ownerRole,
            String ownerName,
            LocalDate dueDate,
            LocalDate originalDueDate,
            int dueDateRevisions) {

        /** Where a commitment stands when it is made. */
        public static Position recorded(CommitmentRecorded e) {
            return new Position(CommitmentStatus.COMMITTED, null, null, e.dueDate(), e.dueDate(), 0);
        }

        /** Where the commitment stands after one more event of its stream, the first ({@link #recorded}) aside. */
        public Position after(CommitmentEvent event) {
            return switch (event) {
                case CommitmentRecorded e -> throw recordedOnce(e);
                case CommitmentAssigned e ->
                    new Position(
                            status == CommitmentStatus.COMMITTED ? CommitmentStatus.ASSIGNED : status,
                            e.ownerRole(),
                            e.ownerName(),
                            dueDate,
                            originalDueDate,
                            dueDateRevisions);
                case WorkStarted started -> movedTo(CommitmentStatus.IN_PROGRESS);
                case EvidenceRecorded evidence -> movedTo(CommitmentStatus.EVIDENCED);
                case CommitmentClosed closed -> movedTo(CommitmentStatus.CLOSED);
                case CommitmentReopened reopened -> movedTo(CommitmentStatus.IN_PROGRESS);
                case CommitmentWithdrawn withdrawn -> movedTo(CommitmentStatus.WITHDRAWN);
                case DueDateRevised e ->
                    new Position(
                            status,
                            ownerRole,
                            ownerName,
                            e.dueDate(),
                            dueDateRevisions == 0 ? e.previousDueDate() : originalDueDate,
                            dueDateRevisions + 1);
                case ProgressNoted noted -> this;
                case FollowUpJudged judged -> this;
                case AssurancePlanRecorded planned -> this;
            };
        }

        private Position movedTo(CommitmentStatus next) {
            return new Position(next, ownerRole, ownerName, dueDate, originalDueDate, dueDateRevisions);
        }
    }

    /** The state a commitment starts from. */
    public static CommitmentState recorded(CommitmentRecorded e) {
        return new CommitmentState(
                e.commitmentId(),
                e.area(),
                e.jointWith(),
                e.inspectionId(),
                e.issueNumber(),
                e.theme(),
                e.text(),
                CommitmentStatus.COMMITTED,
                null,
                null,
                e.committedOn(),
                e.dueDate(),
                e.targetCompliance(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                new LatestAct(null, e.committedOn()),
                null,
                null,
                List.of(),
                List.of());
    }

    /**
     * Folds a whole stream; empty when the stream is empty or is not a commitment's (another aggregate's id). A
     * commitment's stream holds commitment events only: anything else in it is refused, not skipped.
     */
    public static Optional<CommitmentState> replay(Iterable<?> events) {
        CommitmentState state = null;
        for (Object event : events) {
            if (state == null) {
                if (!(event instanceof CommitmentRecorded recorded)) {
                    return Optional.empty();
                }
                state = recorded(recorded);
            } else if (event instanceof CommitmentEvent fact) {
                state = state.evolve(fact);
            } else {
                throw new IllegalArgumentException(
                        "Commitment " + state.id() + " has an event that is not a commitment event: "
                                + event.getClass().getName());
            }
        }
        return Optional.ofNullable(state);
    }

    /**
     * The act of the lifecycle an event records, if it records one: every commitment event but the recording itself and
     * the inspectorate's follow-up judgement.
     */
    public static Optional<CommitmentStatus.Act> actOf(CommitmentEvent event) {
        return Optional.ofNullable(
                switch (event) {
                    case CommitmentRecorded recorded -> null;
                    case FollowUpJudged judged -> null;
                    case AssurancePlanRecorded planned -> null;
                    case CommitmentAssigned assigned -> CommitmentStatus.Act.ASSIGN;
                    case WorkStarted started -> CommitmentStatus.Act.START;
                    case ProgressNoted noted -> CommitmentStatus.Act.NOTE_PROGRESS;
                    case EvidenceRecorded evidence -> CommitmentStatus.Act.RECORD_EVIDENCE;
                    case CommitmentClosed closed -> CommitmentStatus.Act.CLOSE;
                    case CommitmentReopened reopened -> CommitmentStatus.Act.REOPEN;
                    case DueDateRevised revised -> CommitmentStatus.Act.REVISE_DUE_DATE;
                    case CommitmentWithdrawn withdrawn -> CommitmentStatus.Act.WITHDRAW;
                });
    }

    /**
     * The state after one more event of this commitment's stream. Its first event, the recording, is folded by
     * {@link #recorded}: a commitment is recorded once, so a recording here is refused.
     */
    public CommitmentState evolve(CommitmentEvent event) {
        Change next = new Change(this);
        switch (event) {
            case CommitmentRecorded e -> throw recordedOnce(e);
            case CommitmentAssigned assigned -> {
                // status and owner only: the position below
            }
            case WorkStarted started -> {
                // status only: the position below
            }
            case ProgressNoted e -> next.progressNotes = append(progressNotes, new ProgressNote(e.note(), e.notedOn()));
            case EvidenceRecorded e -> next.evidence = append(evidence, Evidence.of(e));
            case CommitmentClosed e -> {
                next.closureRationale = e.rationale();
                next.closedOn = e.closedOn();
                next.latestClosure = new Closure(e.rationale(), e.closedOn());
                next.pauses = append(pauses, new Pause(e.closedOn(), null));
            }
            case CommitmentReopened e -> {
                next.closureRationale = null;
                next.closedOn = null;
                next.latestReopening = new Reopening(e.reason(), e.reopenedOn());
                next.pauses = reopened(pauses, e.reopenedOn());
            }
            case DueDateRevised e ->
                next.dueDateRevisions = append(
                        dueDateRevisions,
                        new DueDateRevision(e.previousDueDate(), e.dueDate(), e.reason(), e.revisedOn()));
            case FollowUpJudged e ->
                next.followUpJudgements = append(
                        followUpJudgements,
                        new FollowUpJudgement(e.grade(), e.note(), e.judgedOn(), e.followUpInspectionId()));
            case CommitmentWithdrawn e -> {
                next.withdrawalReason = e.reason();
                next.pauses = append(pauses, new Pause(e.withdrawnOn(), null));
            }
            case AssurancePlanRecorded e -> next.assurancePlans = append(assurancePlans, AssurancePlan.of(e));
        }
        next.position = position().after(event);
        next.latestAct = latestActAfter(event);
        return next.build();
    }

    /** Where the commitment stands: the part of this state a projection row keeps. */
    public Position position() {
        return new Position(status, ownerRole, ownerName, dueDate, originalDueDate(), dueDateRevisions.size());
    }

    /** The latest act moves on when the event records an act dated on or after it (a history recorded before the rule stays put). */
    private LatestAct latestActAfter(CommitmentEvent event) {
        Optional<CommitmentStatus.Act> act = actOf(event);
        if (act.isEmpty()
                || event.businessDate() == null
                || (latestAct != null && event.businessDate().isBefore(latestAct.on()))) {
            return latestAct;
        }
        return new LatestAct(act.get(), event.businessDate());
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

    private static IllegalArgumentException recordedOnce(CommitmentRecorded e) {
        return new IllegalArgumentException(
                "Commitment " + e.commitmentId() + " is recorded once: its recording starts the fold");
    }

    /**
     * The next state while the fold makes it: starts as a copy of the state before, the fold sets what the event
     * changes, and {@link #build} makes the record. What a commitment is made with (id, Areas, text, dates committed to)
     * never changes and is copied as it is.
     */
    private static final class Change {
        private final CommitmentState before;
        private Position position;
        private List<Evidence> evidence;
        private List<ProgressNote> progressNotes;
        private List<DueDateRevision> dueDateRevisions;
        private String closureRationale;
        private LocalDate closedOn;
        private String withdrawalReason;
        private List<FollowUpJudgement> followUpJudgements;
        private LatestAct latestAct;
        private Closure latestClosure;
        private Reopening latestReopening;
        private List<AssurancePlan> assurancePlans;
        private List<Pause> pauses;

        private Change(CommitmentState before) {
            this.before = before;
            position = before.position();
            evidence = before.evidence;
            progressNotes = before.progressNotes;
            dueDateRevisions = before.dueDateRevisions;
            closureRationale = before.closureRationale;
            closedOn = before.closedOn;
            withdrawalReason = before.withdrawalReason;
            followUpJudgements = before.followUpJudgements;
            latestAct = before.latestAct;
            latestClosure = before.latestClosure;
            latestReopening = before.latestReopening;
            assurancePlans = before.assurancePlans;
            pauses = before.pauses;
        }

        private CommitmentState build() {
            return new CommitmentState(
                    before.id,
                    before.area,
                    before.jointWith,
                    before.inspectionId,
                    before.issueNumber,
                    before.theme,
                    before.text,
                    position.status(),
                    position.ownerRole(),
                    position.ownerName(),
                    before.committedOn,
                    position.dueDate(),
                    before.targetCompliance,
                    evidence,
                    progressNotes,
                    dueDateRevisions,
                    closureRationale,
                    closedOn,
                    withdrawalReason,
                    followUpJudgements,
                    latestAct,
                    latestClosure,
                    latestReopening,
                    assurancePlans,
                    pauses);
        }
    }

    /** The pauses with the one in force (the last, while it has no end) ended on {@code reopenedOn}. */
    private static List<Pause> reopened(List<Pause> pauses, LocalDate reopenedOn) {
        if (pauses.isEmpty() || pauses.get(pauses.size() - 1).until() != null) {
            return pauses;
        }
        List<Pause> ended = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        ended.add(new Pause(pauses.get(pauses.size() - 1).from(), reopenedOn));
        return ended;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
