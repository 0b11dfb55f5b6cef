package dev.commitmenttracker.inspection.web;

import dev.commitmenttracker.inspection.InspectionList;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.web.BusinessDates;
import dev.commitmenttracker.web.IdempotencyKeys;
import dev.commitmenttracker.web.Ids;
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

    record Create(String id, AreaCode area, InspectionKind kind, String title, LocalDate publishedOn, Map<String, Rating> ratings,
                  List<IssueToAddress> issues) {
    }

    record Created(String id) {
    }

    private final InspectionService inspections;
    private final BusinessDates dates;

    InspectionController(InspectionService inspections, BusinessDates dates) {
        this.inspections = inspections;
        this.dates = dates;
    }

    /** Records an inspection; a client id or an {@code Idempotency-Key} makes a retry answer the same inspection. */
    @PostMapping
    ResponseEntity<Created> create(@RequestBody Create body, Principal user,
                                   @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        String clientId = Ids.requireUuid(body.id());
        String derived = clientId == null ? IdempotencyKeys.id("inspection", user, idempotencyKey) : null;
        String id = IdempotencyKeys.refusingReuse(derived, () -> inspections.record(new RecordInspection(derived == null ? clientId : derived,
                body.area(), body.kind(), body.title(), dates.notInFuture(body.publishedOn(), "publishedOn"), body.ratings(), body.issues())));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/inspections/" + id)).body(new Created(id));
    }

    @GetMapping("/{id}")
    InspectionState get(@PathVariable String id) {
        return inspections.get(id);
    }

    @GetMapping
    List<InspectionList.Summary> list(@RequestParam(required = false) AreaCode area) {
        return inspections.list(area);
    }
}
