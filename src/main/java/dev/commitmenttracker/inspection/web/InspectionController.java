package dev.commitmenttracker.inspection.web;

import dev.commitmenttracker.inspection.InspectionList;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AnsweringCommitments;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.BusinessDates;
import dev.commitmenttracker.web.IdempotencyKeys;
import dev.commitmenttracker.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspections over HTTP: record one, read one (from its events), list an Area's (from the inspections projection). */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    @Schema(name = "InspectionCreate")
    record Create(
            String id,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            Map<String, Rating> ratings,
            List<IssueToAddress> issues,
            String followsUp,
            List<FindingGrade> grades) {}

    @Schema(name = "InspectionCreated")
    record Created(String id) {}

    /**
     * An inspection with each of its issues and the commitments answering it, with their progress; commitments recorded
     * against the inspection without an issue number are listed apart.
     */
    record InspectionView(
            String id,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            Map<String, Rating> ratings,
            List<IssueView> issues,
            List<AnsweringCommitments.Answer> otherCommitments,
            String followsUp,
            List<String> followedUpBy,
            List<FindingGrade> grades) {

        static InspectionView of(
                InspectionState inspection, List<AnsweringCommitments.Answer> answers, List<String> followedUpBy) {
            List<IssueView> issues = inspection.issues().stream()
                    .map(issue -> new IssueView(
                            issue.number(),
                            issue.text(),
                            issue.theme(),
                            answers.stream()
                                    .filter(answer -> answers(answer, issue))
                                    .toList(),
                            issue.kind(),
                            issue.forCps(),
                            issue.addressedTo()))
                    .toList();
            List<AnsweringCommitments.Answer> other = answers.stream()
                    .filter(answer -> inspection.issues().stream().noneMatch(issue -> answers(answer, issue)))
                    .toList();
            return new InspectionView(
                    inspection.id(),
                    inspection.area(),
                    inspection.kind(),
                    inspection.title(),
                    inspection.publishedOn(),
                    inspection.ratings(),
                    issues,
                    other,
                    inspection.followsUp(),
                    followedUpBy,
                    inspection.grades());
        }

        private static boolean answers(AnsweringCommitments.Answer answer, IssueToAddress issue) {
            return issue.number().equals(answer.issueNumber())
                    && issue.kind().name().equals(answer.findingKind());
        }
    }

    /** One finding (an issue to address, a recommendation...) and the commitments answering it. */
    record IssueView(
            Integer number,
            String text,
            Theme theme,
            List<AnsweringCommitments.Answer> commitments,
            FindingKind kind,
            boolean forCps,
            String addressedTo) {}

    private final InspectionService inspections;
    private final BusinessDates dates;
    private final AnsweringCommitments answers;
    private final InspectionList list;

    InspectionController(
            InspectionService inspections, BusinessDates dates, AnsweringCommitments answers, InspectionList list) {
        this.inspections = inspections;
        this.list = list;
        this.dates = dates;
        this.answers = answers;
    }

    /** Records an inspection; a client id or an {@code Idempotency-Key} makes a retry answer the same inspection. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded (or the same request again: the same inspection).")
    ResponseEntity<Created> create(
            @RequestBody Create body,
            Principal user,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        String clientId = Ids.requireUuid(body.id());
        String derived = clientId == null ? IdempotencyKeys.id("inspection", user, idempotencyKey) : null;
        String id = IdempotencyKeys.refusingReuse(
                derived,
                () -> inspections.record(new RecordInspection(
                        derived == null ? clientId : derived,
                        body.area(),
                        body.kind(),
                        body.title(),
                        dates.notInFuture(body.publishedOn(), "publishedOn"),
                        body.ratings(),
                        body.issues(),
                        body.followsUp(),
                        body.grades())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/inspections/" + id))
                .body(new Created(id));
    }

    @GetMapping("/{id}")
    InspectionView get(@PathVariable String id) {
        return InspectionView.of(inspections.get(id), answers.answering(id), list.followUpsOf(id));
    }

    @GetMapping
    List<InspectionList.Summary> list(@RequestParam(required = false) AreaCode area) {
        return inspections.list(area);
    }
}
