package dev.commitmenttracker.commitment;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.AssurancePlanRecorded;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.CommandLimits;
import dev.commitmenttracker.shared.CreateOnce;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.VersionMismatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Service;

/**
 * Sends commitment commands on behalf of the logged-in user, and reads commitments back from their events. A command
 * to an existing commitment is one unit of work: Axon's repository loads the commitment once and checks there that it
 * exists, that the user may command its Areas and that If-Match still holds; the handler answers the result.
 */
@Service
public class CommitmentService {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final InspectionService inspections;
    private final CurrentUser user;
    private final CommandLimits limits;

    CommitmentService(
            CommandGateway commands,
            EventStore eventStore,
            InspectionService inspections,
            CurrentUser user,
            CommandLimits limits) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.inspections = inspections;
        this.user = user;
        this.limits = limits;
    }

    /** Records a commitment once; returns its id. The same request again yields the same commitment. */
    public String record(RecordCommitment cmd) {
        String id = cmd.commitmentId() == null ? UUID.randomUUID().toString() : cmd.commitmentId();
        RecordCommitment withId = new RecordCommitment(
                id,
                cmd.area(),
                cmd.jointWith() == null ? List.of() : cmd.jointWith(),
                cmd.inspectionId(),
                cmd.issueNumber(),
                cmd.theme(),
                cmd.text(),
                cmd.committedOn(),
                cmd.dueDate(),
                cmd.targetCompliance(),
                cmd.findingKind(),
                cmd.assurancePlan());
        if (withId.area() != null) {
            user.requireMayCreateFor(withId.area());
        }
        requireKnownIssue(withId);
        CreateOnce.create(
                () -> history(id).exists(), () -> commands.sendAndWait(withId), () -> requireSameAsRecorded(withId));
        return id;
    }

    /**
     * Sends a command to an existing commitment, as a manager of one of its Areas, and returns it as the command left
     * it. The command is built from the If-Match version (null when none was sent) and carries it to Axon's repository,
     * which checks it once, on the one read of the commitment's stream (see {@link CommitmentRepository}).
     */
    public VersionedCommitment act(String id, Long ifMatch, Function<Long, Object> command) {
        return send(id, ifMatch, command, true);
    }

    /**
     * Sends the inspectorate's follow-up judgement. Inspectors judge any Area's commitments (the role is checked at the
     * door), so there is no Area scope here.
     */
    public VersionedCommitment judge(String id, Long ifMatch, Function<Long, Object> command) {
        return send(id, ifMatch, command, false);
    }

    /**
     * One unit of work, one transaction (Axon's command bus runs the handler in the application's transaction manager):
     * the repository loads the commitment, checks the Area scope and the expected version, and the handler answers the
     * commitment as it leaves it (ADR 0013). A request that is refused before it reaches the command bus (a malformed
     * date, a limit) is still answered as before: not found, forbidden or stale first, from a read of its own.
     */
    private VersionedCommitment send(String id, Long ifMatch, Function<Long, Object> command, boolean areaScoped) {
        if (!AggregateHistory.storable(id)) {
            throw unknown(id);
        }
        Object cmd;
        try {
            cmd = command.apply(ifMatch);
            limits.check(cmd);
        } catch (RuleViolation invalid) {
            requireMayAct(id, ifMatch, areaScoped);
            throw invalid;
        }
        try {
            return commands.sendAndWait(
                    cmd, areaScoped ? MetaData.with(CommitmentRepository.AREA_SCOPED, true) : MetaData.emptyInstance());
        } catch (AggregateNotFoundException notFound) {
            throw unknown(id);
        } catch (ConflictingAggregateVersionException stale) {
            throw new VersionMismatch(stale.getExpectedVersion(), stale.getActualVersion());
        }
    }

    /** The checks {@link CommitmentRepository} makes on load, made on a read of their own. */
    private void requireMayAct(String id, Long ifMatch, boolean areaScoped) {
        VersionedCommitment current = find(id).orElseThrow(() -> unknown(id));
        if (areaScoped) {
            user.requireMayCommand(current.state().areas());
        }
        if (ifMatch != null && ifMatch != current.version()) {
            throw new VersionMismatch(ifMatch, current.version());
        }
    }

    public Optional<VersionedCommitment> find(String id) {
        return fold(history(id));
    }

    /**
     * The commitment as the tracker had recorded it at {@code asOf} (transaction time) and/or as it stood on the business
     * date {@code validAt} (events whose business date is on or before it), by the same fold as the aggregate.
     */
    public Optional<VersionedCommitment> find(String id, Instant asOf, LocalDate validAt) {
        AggregateHistory history = history(id);
        if (asOf != null) {
            history = history.where(event -> !event.getTimestamp().isAfter(asOf));
        }
        if (validAt != null) {
            history = history.where(event -> event.getPayload() instanceof CommitmentEvent fact
                    && !fact.businessDate().isAfter(validAt));
        }
        return fold(history);
    }

    private static Optional<VersionedCommitment> fold(AggregateHistory history) {
        return CommitmentState.replay(history.payloads())
                .map(state -> new VersionedCommitment(state, history.version()));
    }

    /** The commitment now, for a user who may read it ({@link CurrentUser#requireMayRead}). */
    public VersionedCommitment get(String id) {
        VersionedCommitment found = find(id).orElseThrow(() -> unknown(id));
        user.requireMayRead(found.state().areas());
        return found;
    }

    /**
     * The commitment as of / valid at (see {@link #find(String, Instant, LocalDate)}), for a user who may read it now;
     * refused with {@code commitment.not-yet-recorded} when it had no facts then.
     */
    public VersionedCommitment get(String id, Instant asOf, LocalDate validAt) {
        get(id);
        return find(id, asOf, validAt)
                .orElseThrow(() -> RuleViolation.notFound(
                        "commitment.not-yet-recorded",
                        "Commitment " + id + " had no recorded facts " + (asOf != null ? "as of " + asOf : "")
                                + (asOf != null && validAt != null ? " and " : "")
                                + (validAt != null ? "valid at " + validAt : "") + "."));
    }

    private AggregateHistory history(String id) {
        return AggregateHistory.read(eventStore, id);
    }

    private void requireKnownIssue(RecordCommitment cmd) {
        if (cmd.inspectionId() == null) {
            return;
        }
        InspectionState inspection = inspections
                .find(cmd.inspectionId())
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.unknown-inspection",
                        "inspectionId",
                        "No inspection is recorded under id " + cmd.inspectionId() + "."));
        if (cmd.committedOn() != null && cmd.committedOn().isBefore(inspection.publishedOn())) {
            throw new RuleViolation(
                    RuleViolation.Kind.CONFLICT,
                    "commitment.date-out-of-order",
                    "committedOn",
                    "The commitment cannot be made on " + cmd.committedOn()
                            + ", before the inspection it answers was published on " + inspection.publishedOn() + ".");
        }
        if (cmd.issueNumber() != null) {
            IssueToAddress finding = inspection
                    .finding(cmd.findingKind(), cmd.issueNumber())
                    .orElseThrow(() -> RuleViolation.invalid(
                            "validation.unknown-issue",
                            "issueNumber",
                            "Inspection " + cmd.inspectionId() + " has no "
                                    + (cmd.findingKind() == null || cmd.findingKind() == FindingKind.ISSUE_TO_ADDRESS
                                            ? "issue to address"
                                            : cmd.findingKind()
                                                    .name()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', ' '))
                                    + " numbered " + cmd.issueNumber() + "."));
            if (!finding.forCps()) {
                throw RuleViolation.invalid(
                        "validation.finding-not-for-cps",
                        "issueNumber",
                        "That finding of inspection " + cmd.inspectionId() + " is addressed to "
                                + (finding.addressedTo() == null ? "others than the CPS" : finding.addressedTo())
                                + ", not to the CPS: no commitment answers it.");
            }
        }
        if (cmd.area() != null
                && inspection.area() != cmd.area()
                && !cmd.jointWith().contains(inspection.area())) {
            throw RuleViolation.invalid(
                    "validation.inspection-of-other-area",
                    "inspectionId",
                    "The inspection is of " + inspection.area() + ", not of the commitment's Area " + cmd.area()
                            + " or its joint Areas.");
        }
    }

    private void requireSameAsRecorded(RecordCommitment cmd) {
        List<?> payloads = history(cmd.commitmentId()).payloads();
        AssurancePlan plannedWith = payloads.size() > 1 && payloads.get(1) instanceof AssurancePlanRecorded planned
                ? AssurancePlan.of(planned)
                : null;
        boolean same = payloads.get(0) instanceof CommitmentRecorded recorded
                && recorded.area() == cmd.area()
                && recorded.jointWith().equals(cmd.jointWith())
                && Objects.equals(recorded.inspectionId(), cmd.inspectionId())
                && Objects.equals(recorded.issueNumber(), cmd.issueNumber())
                && Objects.equals(
                        recorded.answersKind(),
                        cmd.issueNumber() == null
                                ? null
                                : cmd.findingKind() == null ? FindingKind.ISSUE_TO_ADDRESS : cmd.findingKind())
                && recorded.theme() == cmd.theme()
                && Objects.equals(
                        recorded.text(), cmd.text() == null ? null : cmd.text().strip())
                && Objects.equals(recorded.committedOn(), cmd.committedOn())
                && Objects.equals(recorded.dueDate(), cmd.dueDate())
                && Objects.equals(recorded.targetCompliance(), cmd.targetCompliance())
                && (cmd.assurancePlan() == null || cmd.assurancePlan().equals(plannedWith));
        if (!same) {
            throw RuleViolation.conflict(
                    "commitment.id-in-use",
                    "Another commitment is already recorded under id " + cmd.commitmentId()
                            + "; send the same content to repeat a create, or use a new id.");
        }
    }

    private static RuleViolation unknown(String id) {
        return RuleViolation.notFound("commitment.not-found", "No commitment is recorded under id " + id + ".");
    }
}
