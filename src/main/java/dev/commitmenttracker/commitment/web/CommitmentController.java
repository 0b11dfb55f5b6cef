package dev.commitmenttracker.commitment.web;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.PlanAssurance;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Assignment;
import dev.commitmenttracker.commitment.web.CommitmentRequests.AssurancePlanning;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Closure;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Create;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Created;
import dev.commitmenttracker.commitment.web.CommitmentRequests.DueDate;
import dev.commitmenttracker.commitment.web.CommitmentRequests.EvidenceRecord;
import dev.commitmenttracker.commitment.web.CommitmentRequests.FollowUpJudgement;
import dev.commitmenttracker.commitment.web.CommitmentRequests.ProgressNote;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Reopening;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Start;
import dev.commitmenttracker.commitment.web.CommitmentRequests.Withdrawal;
import dev.commitmenttracker.web.BusinessDates;
import dev.commitmenttracker.web.IdempotencyKeys;
import dev.commitmenttracker.web.Ids;
import dev.commitmenttracker.web.Problems;
import dev.commitmenttracker.web.Versions;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitments over HTTP. Each act answers 200 with the commitment as it now stands and its version as ETag;
 * If-Match makes an act conditional on that version, and closure, withdrawal and due-date revision require it (428
 * {@code version.required} without it).
 */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

    private final CommitmentService commitments;
    private final BusinessDates dates;

    CommitmentController(CommitmentService commitments, BusinessDates dates) {
        this.commitments = commitments;
        this.dates = dates;
    }

    /**
     * Records a commitment. Sent again with the same {@code id}, or without one but with the same {@code Idempotency-Key}
     * header (per user), the same content answers the same commitment; other content is refused (409).
     */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded (or the same request again: the same commitment).")
    ResponseEntity<Created> create(
            @RequestBody Create body,
            Principal user,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        String clientId = Ids.requireUuid(body.id());
        String derived = clientId == null ? IdempotencyKeys.id("commitment", user, idempotencyKey) : null;
        String id = IdempotencyKeys.refusingReuse(
                derived,
                () -> commitments.record(new RecordCommitment(
                        derived == null ? clientId : derived,
                        body.area(),
                        body.jointWith(),
                        body.inspectionId(),
                        body.issueNumber(),
                        body.theme(),
                        body.text(),
                        dates.notInFuture(body.committedOn(), "committedOn"),
                        body.dueDate(),
                        body.targetCompliance(),
                        body.findingKind(),
                        body.assurancePlan())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/commitments/" + id))
                .body(new Created(id));
    }

    /**
     * The commitment now; with {@code asOf} (an instant) as the tracker had recorded it then; with {@code validAt}
     * (a date) as it stood on that business date, backfilled events included.
     */
    @GetMapping("/{id}")
    ResponseEntity<CommitmentView> get(
            @PathVariable String id,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) LocalDate validAt) {
        return respond(asOf == null && validAt == null ? commitments.get(id) : commitments.get(id, asOf, validAt));
    }

    @PostMapping("/{id}/assignment")
    ResponseEntity<CommitmentView> assign(
            @PathVariable String id,
            @RequestBody Assignment body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(
                id,
                ifMatch,
                version -> new AssignCommitment(
                        id, body.ownerRole(), body.ownerName(), dates.actDate(body.on()), version));
    }

    /** Records or replaces the assurance the commitment promises: a check by {@code method} every {@code cadence}. */
    @PostMapping("/{id}/assurance-plan")
    ResponseEntity<CommitmentView> planAssurance(
            @PathVariable String id,
            @RequestBody AssurancePlanning body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(
                id,
                ifMatch,
                version -> new PlanAssurance(
                        id, body.method(), body.cadence(), body.startsOn(), dates.actDate(body.on()), version));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<CommitmentView> start(
            @PathVariable String id,
            @RequestBody(required = false) Start body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(id, ifMatch, version -> new StartWork(id, dates.actDate(body == null ? null : body.on()), version));
    }

    @PostMapping("/{id}/progress-notes")
    ResponseEntity<CommitmentView> noteProgress(
            @PathVariable String id,
            @RequestBody ProgressNote body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(id, ifMatch, version -> new NoteProgress(id, body.note(), dates.actDate(body.on()), version));
    }

    @PostMapping("/{id}/evidence")
    ResponseEntity<CommitmentView> recordEvidence(
            @PathVariable String id,
            @RequestBody EvidenceRecord body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(
                id,
                ifMatch,
                version -> new RecordEvidence(
                        id,
                        body.method(),
                        dates.notInFuture(body.effectiveOn(), "effectiveOn"),
                        body.sampleSize(),
                        body.compliantCount(),
                        body.summary(),
                        body.reference(),
                        dates.actDate(body.on()),
                        version));
    }

    @PostMapping("/{id}/closure")
    ResponseEntity<CommitmentView> close(
            @PathVariable String id,
            @RequestBody Closure body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return actAtVersion(
                id,
                ifMatch,
                "A closure",
                version -> new CloseCommitment(id, body.rationale(), dates.actDate(body.on()), version));
    }

    @PostMapping("/{id}/reopening")
    ResponseEntity<CommitmentView> reopen(
            @PathVariable String id,
            @RequestBody Reopening body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return act(id, ifMatch, version -> new ReopenCommitment(id, body.reason(), dates.actDate(body.on()), version));
    }

    @PostMapping("/{id}/due-date")
    ResponseEntity<CommitmentView> reviseDueDate(
            @PathVariable String id,
            @RequestBody DueDate body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return actAtVersion(
                id,
                ifMatch,
                "A due-date revision",
                version -> new ReviseDueDate(
                        id,
                        body.dueDate(),
                        body.reason(),
                        dates.actDate(body.on()),
                        Boolean.TRUE.equals(body.recordOfEarlierDecision()),
                        dates.today(),
                        version));
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<CommitmentView> withdraw(
            @PathVariable String id,
            @RequestBody Withdrawal body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return actAtVersion(
                id,
                ifMatch,
                "A withdrawal",
                version -> new WithdrawCommitment(id, body.reason(), dates.actDate(body.on()), version));
    }

    @PostMapping("/{id}/follow-up-judgement")
    ResponseEntity<CommitmentView> judgeFollowUp(
            @PathVariable String id,
            @RequestBody FollowUpJudgement body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(commitments.judge(
                id,
                Versions.fromIfMatch(ifMatch),
                version -> new JudgeFollowUp(
                        id,
                        body.grade(),
                        body.note(),
                        dates.notInFuture(body.judgedOn() == null ? dates.today() : body.judgedOn(), "judgedOn"),
                        version)));
    }

    private ResponseEntity<CommitmentView> act(String id, String ifMatch, Function<Long, Object> command) {
        return respond(commitments.act(id, Versions.fromIfMatch(ifMatch), command));
    }

    /** Acts that end or re-plan a commitment must say which version they were decided on: no silent overwrite. */
    private ResponseEntity<CommitmentView> actAtVersion(
            String id, String ifMatch, String act, Function<Long, Object> command) {
        Long version = Versions.fromIfMatch(ifMatch);
        if (version == null) {
            throw new VersionRequired(
                    act + " must send If-Match with the commitment's ETag (read it with GET /api/commitments/" + id
                            + "), so that it cannot overwrite a change it has not seen.");
        }
        return respond(commitments.act(id, version, command));
    }

    /** A closure, withdrawal or due-date revision sent without If-Match. */
    static final class VersionRequired extends RuntimeException {
        VersionRequired(String message) {
            super(message);
        }
    }

    @ExceptionHandler(VersionRequired.class)
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired e) {
        // Problems.respond: problem+json whatever the Accept header asked for, as every other refusal
        return Problems.respond(Problems.of(
                HttpStatus.PRECONDITION_REQUIRED, "version.required", HttpHeaders.IF_MATCH, e.getMessage()));
    }

    private static ResponseEntity<CommitmentView> respond(VersionedCommitment commitment) {
        return ResponseEntity.ok().eTag(Versions.etag(commitment.version())).body(CommitmentView.of(commitment));
    }
}
