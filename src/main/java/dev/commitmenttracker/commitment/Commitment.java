package dev.commitmenttracker.commitment;

import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.ASSIGN;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.CLOSE;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.NOTE_PROGRESS;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.RECORD_EVIDENCE;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.REOPEN;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.REVISE_DUE_DATE;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.START;
import static dev.commitmenttracker.commitment.api.CommitmentStatus.Act.WITHDRAW;
import static dev.commitmenttracker.shared.RuleViolation.requireValid;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentClosed;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentReopened;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.CommitmentWithdrawn;
import dev.commitmenttracker.commitment.api.DueDateRevised;
import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.commitment.api.EvidenceRecorded;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.PlanAssurance;
import dev.commitmenttracker.commitment.api.ProgressNoted;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One commitment from a published response. Each handler checks the rule, then applies the fact; state changes
 * only by folding events through {@link CommitmentState}. A command that would change nothing applies nothing.
 * Each handler answers the commitment as it leaves it, so the caller needs no second read (ADR 0013).
 * <p>
 * A long commitment is loaded from a snapshot of this object ({@link CommitmentSnapshots}): its identifier and state,
 * as JSON. The revision names the snapshot's shape: when the state's shape changes, raise it, and snapshots of the old
 * shape are ignored (the history is folded instead) until a new one is taken.
 */
@Aggregate(repository = CommitmentSnapshots.REPOSITORY)
@Revision("2")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Commitment {

    static final int MAX_TEXT = 4000;
    static final String DATE_OUT_OF_ORDER = "commitment.date-out-of-order";

    @AggregateIdentifier
    private String id;

    private CommitmentState state;

    Commitment() {
        // for Axon
    }

    /** The commitment as a command left it, to fold what was appended since onto ({@link CommitmentRepository}). */
    static Commitment resumed(String id, CommitmentState state) {
        Commitment commitment = new Commitment();
        commitment.id = id;
        commitment.state = state;
        return commitment;
    }

    @CommandHandler
    Commitment(RecordCommitment cmd) {
        requireValid(cmd.area() != null, "area", "required", "Say which Area made the commitment.");
        requireValid(cmd.theme() != null, "theme", "required", "Give the theme the commitment is about.");
        requireText(cmd.text(), "text");
        requireValid(cmd.committedOn() != null, "committedOn", "required", "Give the date the commitment was made.");
        requireValid(
                cmd.dueDate() == null || !cmd.dueDate().isBefore(cmd.committedOn()),
                "dueDate",
                "before-committed",
                "The due date cannot be before the date the commitment was made (" + cmd.committedOn() + ").");
        requireValid(
                cmd.targetCompliance() == null || (cmd.targetCompliance() >= 0 && cmd.targetCompliance() <= 100),
                "targetCompliance",
                "out-of-range",
                "A target compliance is a percentage from 0 to 100.");
        List<?> jointWith = cmd.jointWith() == null ? List.of() : cmd.jointWith();
        requireValid(
                jointWith.stream().noneMatch(joint -> joint == null || joint == cmd.area()),
                "jointWith",
                "invalid",
                "Joint Areas must be other Areas than the commitment's own.");
        requireValid(
                new HashSet<>(jointWith).size() == jointWith.size(),
                "jointWith",
                "duplicate",
                "Each joint Area is named once.");
        requireValid(
                jointWith.stream().allMatch(joint -> joint instanceof AreaCode unit && unit.isArea()),
                "jointWith",
                "joint-areas-only",
                "Joint commitments are between Areas only: national, CPS Direct and division commitments are "
                        + "not joint.");
        requireValid(
                jointWith.isEmpty() || cmd.area().isArea(),
                "jointWith",
                "joint-areas-only",
                "Only an Area's commitment can be joint: " + cmd.area()
                        + " is not an Area, so it names no joint Areas.");
        requireValid(
                cmd.issueNumber() == null || cmd.inspectionId() != null,
                "inspectionId",
                "required",
                "An issue number belongs to an inspection: give the inspectionId too.");
        requireValid(
                cmd.findingKind() == null || cmd.issueNumber() != null,
                "issueNumber",
                "required",
                "A finding kind names a numbered finding: give its number in issueNumber too.");
        if (cmd.assurancePlan() != null) {
            requirePlan(cmd.assurancePlan(), cmd.committedOn(), "assurancePlan.");
        }
        apply(new CommitmentRecorded(
                cmd.commitmentId(),
                cmd.area(),
                cmd.jointWith() == null ? List.of() : List.copyOf(cmd.jointWith()),
                cmd.inspectionId(),
                cmd.issueNumber(),
                cmd.theme(),
                cmd.text().strip(),
                cmd.committedOn(),
                cmd.dueDate(),
                cmd.targetCompliance(),
                cmd.issueNumber() == null
                        ? null
                        : cmd.findingKind() == null ? FindingKind.ISSUE_TO_ADDRESS : cmd.findingKind()));
        if (cmd.assurancePlan() != null) {
            AssurancePlan plan = cmd.assurancePlan();
            apply(new AssurancePlanRecorded(
                    cmd.commitmentId(), plan.method(), plan.cadence(), plan.startsOn(), cmd.committedOn()));
        }
    }

    /**
     * Records or replaces the planned assurance. Refused on a closed or withdrawn commitment (nothing is owed there) and
     * when dated before the latest act; the same plan again records nothing.
     */
    @CommandHandler
    VersionedCommitment handle(PlanAssurance cmd) {
        requirePlan(cmd.plan(), state.committedOn(), "");
        requireActDate(cmd.on());
        if (cmd.plan().equals(state.assurancePlan())) {
            return now();
        }
        if (!state.status().isOpen()) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    "commitment.transition-not-allowed",
                    null,
                    "Cannot plan assurance for a commitment that is " + state.status()
                            + ": no check is owed once it is closed or withdrawn.");
        }
        CommitmentState.LatestAct latest = state.latestAct() == null
                ? new CommitmentState.LatestAct(null, state.committedOn())
                : state.latestAct();
        if (cmd.on().isBefore(latest.on())) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    DATE_OUT_OF_ORDER,
                    "on",
                    "Assurance cannot be planned on " + cmd.on() + ", before " + latest.done() + " on " + latest.on()
                            + ".");
        }
        apply(new AssurancePlanRecorded(id, cmd.method(), cmd.cadence(), cmd.startsOn(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(AssignCommitment cmd) {
        requireValid(cmd.ownerRole() != null, "ownerRole", "required", "Say which role owns the commitment.");
        String ownerName = blankToNull(cmd.ownerName());
        requireActDate(cmd.on());
        if (cmd.ownerRole() == state.ownerRole()
                && Objects.equals(ownerName, state.ownerName())
                && state.status().isOpen()) {
            return now();
        }
        state.status().require(ASSIGN);
        requireInOrder(ASSIGN, cmd.on(), "on");
        apply(new CommitmentAssigned(id, cmd.ownerRole(), ownerName, cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(StartWork cmd) {
        requireActDate(cmd.on());
        if (state.status() == CommitmentStatus.IN_PROGRESS) {
            return now();
        }
        state.status().require(START);
        requireInOrder(START, cmd.on(), "on");
        apply(new WorkStarted(id, cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(NoteProgress cmd) {
        requireText(cmd.note(), "note");
        requireActDate(cmd.on());
        state.status().require(NOTE_PROGRESS);
        requireInOrder(NOTE_PROGRESS, cmd.on(), "on");
        apply(new ProgressNoted(id, cmd.note().strip(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(RecordEvidence cmd) {
        requireValid(
                cmd.method() != null, "method", "required", "Say how delivery was evidenced (IQA, DIP_SAMPLE, ...).");
        requireValid(
                cmd.effectiveOn() != null,
                "effectiveOn",
                "required",
                "Give the date the sample or assessment was done.");
        requireText(cmd.summary(), "summary");
        requireActDate(cmd.on());
        if (cmd.method().sampled()) {
            requireValid(
                    cmd.sampleSize() != null,
                    "sampleSize",
                    "required",
                    cmd.method() + " evidence needs the number of cases sampled.");
            requireValid(
                    cmd.compliantCount() != null,
                    "compliantCount",
                    "required",
                    cmd.method() + " evidence needs the number of cases meeting the standard.");
        }
        requireValid(
                cmd.sampleSize() == null || cmd.sampleSize() >= 1,
                "sampleSize",
                "out-of-range",
                "A sample has at least one case.");
        requireValid(
                cmd.compliantCount() == null || cmd.sampleSize() != null,
                "sampleSize",
                "required",
                "Cases meeting the standard are counted out of a sample size: give sampleSize too.");
        requireValid(
                cmd.compliantCount() == null || (cmd.compliantCount() >= 0 && cmd.compliantCount() <= cmd.sampleSize()),
                "compliantCount",
                "out-of-range",
                "Cases meeting the standard must be from 0 to the sample size (" + cmd.sampleSize() + ").");
        Evidence offered = new Evidence(
                cmd.method(),
                cmd.effectiveOn(),
                cmd.sampleSize(),
                cmd.compliantCount(),
                cmd.summary().strip(),
                blankToNull(cmd.reference()),
                cmd.on());
        if (state.evidence().contains(offered)) {
            return now();
        }
        state.status().require(RECORD_EVIDENCE);
        requireInOrder(RECORD_EVIDENCE, cmd.effectiveOn(), "effectiveOn");
        if (cmd.on().isBefore(cmd.effectiveOn())) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    DATE_OUT_OF_ORDER,
                    "on",
                    "Evidence cannot be recorded on " + cmd.on() + ", before it was effective on " + cmd.effectiveOn()
                            + ".");
        }
        apply(new EvidenceRecorded(
                id,
                offered.method(),
                offered.effectiveOn(),
                offered.sampleSize(),
                offered.compliantCount(),
                offered.summary(),
                offered.reference(),
                offered.recordedOn()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(CloseCommitment cmd) {
        requireText(cmd.rationale(), "rationale");
        requireActDate(cmd.on());
        if (state.status() == CommitmentStatus.CLOSED) {
            return now();
        }
        state.status().require(CLOSE);
        requireInOrder(CLOSE, cmd.on(), "on");
        if (state.targetCompliance() != null) {
            Evidence latest = state.latestSampledEvidence()
                    .orElseThrow(() -> RuleViolation.conflict(
                            "commitment.target-not-evidenced",
                            "The commitment has a target compliance of " + state.targetCompliance()
                                    + "% but no sampled evidence (IQA or dip sample) to show it is met."));
            if (latest.compliancePercent().doubleValue() < state.targetCompliance()) {
                throw RuleViolation.conflict(
                        "commitment.target-not-met",
                        "The latest sampled evidence (" + latest.effectiveOn() + ") shows " + latest.compliancePercent()
                                + "% compliance, below the target of " + state.targetCompliance() + "%.");
            }
        }
        apply(new CommitmentClosed(id, cmd.rationale().strip(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(ReopenCommitment cmd) {
        requireText(cmd.reason(), "reason");
        requireActDate(cmd.on());
        state.status().require(REOPEN);
        requireInOrder(REOPEN, cmd.on(), "on");
        apply(new CommitmentReopened(id, cmd.reason().strip(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(ReviseDueDate cmd) {
        requireValid(cmd.dueDate() != null, "dueDate", "required", "Give the new due date.");
        requireText(cmd.reason(), "reason");
        requireActDate(cmd.on());
        requireValid(
                !cmd.dueDate().isBefore(state.committedOn()),
                "dueDate",
                "before-committed",
                "The due date cannot be before the date the commitment was made (" + state.committedOn() + ").");
        if (cmd.dueDate().equals(state.dueDate())) {
            return now();
        }
        state.status().require(REVISE_DUE_DATE);
        requireInOrder(REVISE_DUE_DATE, cmd.on(), "on");
        if (!cmd.recordOfEarlierDecision()) {
            requireValid(
                    cmd.requestedOn() != null,
                    "requestedOn",
                    "required",
                    "Give the date of the request, or say it records an earlier decision.");
            if (cmd.dueDate().isBefore(cmd.requestedOn())) {
                throw new RuleViolation(
                        RuleViolation.Kind.CONFLICT,
                        "commitment.due-date-in-past",
                        "dueDate",
                        "The due date cannot be moved to "
                                + cmd.dueDate() + ", which is already past (today is " + cmd.requestedOn()
                                + "). If this records a decision made earlier, "
                                + "send recordOfEarlierDecision: true with the decision's date as on.");
            }
        }
        if (cmd.dueDate().isBefore(cmd.on())) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    "commitment.due-date-in-past",
                    "dueDate",
                    "A decision made on " + cmd.on() + " cannot set a due date already past then (" + cmd.dueDate()
                            + ").");
        }
        apply(new DueDateRevised(
                id, state.dueDate(), cmd.dueDate(), cmd.reason().strip(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(WithdrawCommitment cmd) {
        requireText(cmd.reason(), "reason");
        requireActDate(cmd.on());
        if (state.status() == CommitmentStatus.WITHDRAWN) {
            return now();
        }
        state.status().require(WITHDRAW);
        requireInOrder(WITHDRAW, cmd.on(), "on");
        apply(new CommitmentWithdrawn(id, cmd.reason().strip(), cmd.on()));
        return now();
    }

    @CommandHandler
    VersionedCommitment handle(JudgeFollowUp cmd) {
        requireValid(cmd.grade() != null, "grade", "required", "Give the follow-up grade.");
        requireValid(cmd.judgedOn() != null, "judgedOn", "required", "Give the date of the judgement.");
        requireValid(
                cmd.note() == null || cmd.note().length() <= MAX_TEXT,
                "note",
                "too-long",
                "The note is limited to " + MAX_TEXT + " characters.");
        requireValid(
                !cmd.judgedOn().isBefore(state.committedOn()),
                "judgedOn",
                "before-committed",
                "A follow-up cannot be judged before the commitment was made (" + state.committedOn() + ").");
        String note = blankToNull(cmd.note());
        String followUp = blankToNull(cmd.followUpInspectionId());
        boolean judgedAlready = followUp == null
                ? state.followUpJudgements()
                        .contains(new CommitmentState.FollowUpJudgement(cmd.grade(), note, cmd.judgedOn()))
                : state.followUpJudgements().stream()
                        .anyMatch(judgement -> followUp.equals(judgement.followUpInspectionId()));
        if (judgedAlready) {
            // one judgement per follow-up inspection: its grade is recorded once, however often it is sent
            return now();
        }
        apply(new FollowUpJudged(id, cmd.grade(), note, cmd.judgedOn(), followUp));
        return now();
    }

    @EventSourcingHandler
    void on(CommitmentRecorded event) {
        id = event.commitmentId();
        state = CommitmentState.recorded(event);
    }

    @EventSourcingHandler
    void on(CommitmentEvent event) {
        state = state.evolve(event);
    }

    /** The state as the events made it, for tests in this package. */
    CommitmentState state() {
        return state;
    }

    /** The commitment as this command leaves it: its state and the sequence number of its last event. */
    private VersionedCommitment now() {
        return new VersionedCommitment(state, AggregateLifecycle.getVersion());
    }

    /**
     * Refuses an act dated before the latest act of the lifecycle so far (by business date), naming that act and its
     * date: so every validAt view of the history is a prefix of it, and a state the lifecycle allows.
     */
    private void requireInOrder(CommitmentStatus.Act act, LocalDate on, String field) {
        CommitmentState.LatestAct latest = state.latestAct() == null
                ? new CommitmentState.LatestAct(null, state.committedOn())
                : state.latestAct();
        if (on.isBefore(latest.on())) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    DATE_OUT_OF_ORDER,
                    field,
                    act.refused() + " on " + on + ", before " + latest.done() + " on " + latest.on() + ".");
        }
    }

    private void requireActDate(LocalDate on) {
        requireValid(on != null, "on", "required", "Give the date of the act.");
        requireValid(
                !on.isBefore(state.committedOn()),
                "on",
                "before-committed",
                "The act cannot be dated before the commitment was made (" + state.committedOn() + ").");
    }

    /** A plan names its method, cadence and start, and starts no earlier than the commitment was made. */
    private static void requirePlan(AssurancePlan plan, LocalDate committedOn, String prefix) {
        requireValid(
                plan.method() != null,
                prefix + "method",
                "required",
                "Say which assurance check is planned (IQA, DIP_SAMPLE, ...).");
        requireValid(
                plan.cadence() != null,
                prefix + "cadence",
                "required",
                "Say how often the check is owed (WEEKLY, MONTHLY, QUARTERLY, SIX_MONTHLY, YEARLY or ONCE).");
        requireValid(
                plan.startsOn() != null, prefix + "startsOn", "required", "Give the first day a check is owed for.");
        requireValid(
                committedOn == null || !plan.startsOn().isBefore(committedOn),
                prefix + "startsOn",
                "before-committed",
                "Planned assurance cannot start before the commitment was made (" + committedOn + ").");
    }

    private static void requireText(String text, String field) {
        requireValid(text != null && !text.isBlank(), field, "required", "The " + field + " must not be blank.");
        requireValid(
                text.length() <= MAX_TEXT,
                field,
                "too-long",
                "The " + field + " is limited to " + MAX_TEXT + " characters.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
