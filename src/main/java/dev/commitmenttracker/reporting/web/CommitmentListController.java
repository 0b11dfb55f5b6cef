package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.progress.CommitmentFilter;
import dev.commitmenttracker.reporting.progress.CommitmentListing;
import dev.commitmenttracker.reporting.progress.CommitmentPage;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.UnitKind;
import dev.commitmenttracker.web.Csv;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commitment list: GET on the collection whose POST records a commitment. Filtered, sorted and paged over the
 * "commitment-progress" projection; an Area manager sees only commitments of its own Areas (joint ones included).
 */
@RestController
class CommitmentListController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 500;

    private final ProgressReports progress;
    private final ReportScopes scopes;

    CommitmentListController(ProgressReports progress, ReportScopes scopes) {
        this.progress = progress;
        this.scopes = scopes;
    }

    /**
     * A page of the list as JSON; with {@code Accept: text/csv} the whole list, streamed page by page of
     * {@value #MAX_SIZE} (page and size are refused with CSV rather than ignored).
     */
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CommitmentPage.class)))
    @GetMapping("/api/commitments")
    ResponseEntity<?> list(
            @RequestParam(required = false) AreaCode area,
            @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) OwnerRole ownerRole,
            @RequestParam(required = false) String inspectionId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UnitKind kind,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        AreaScope scope = scopes.scope(area, kind);
        CommitmentFilter filter =
                new CommitmentFilter(status, ReportScopes.theme(theme), ownerRole, blankToNull(inspectionId), overdue);
        if (Csv.wanted(accept)) {
            RuleViolation.requireValid(
                    page == null,
                    "page",
                    "not-with-csv",
                    "A CSV export is the whole list; page and size apply to JSON only.");
            RuleViolation.requireValid(
                    size == null,
                    "size",
                    "not-with-csv",
                    "A CSV export is the whole list; page and size apply to JSON only.");
            List<CommitmentListing> first = progress.list(scope, filter, 0, MAX_SIZE, sort)
                    .items(); // a bad sort is refused before the response starts
            Csv.stream(
                    response,
                    "commitments",
                    CommitmentListing.CSV_COLUMNS,
                    number -> (number == 0
                                    ? first
                                    : progress.list(scope, filter, number, MAX_SIZE, sort)
                                            .items())
                            .stream().map(CommitmentListing::csvCells).toList());
            return null; // written
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        RuleViolation.requireValid(pageNumber >= 0, "page", "out-of-range", "Pages are numbered from 0.");
        RuleViolation.requireValid(
                pageSize >= 1 && pageSize <= MAX_SIZE,
                "size",
                "out-of-range",
                "A page holds 1 to " + MAX_SIZE + " commitments.");
        RuleViolation.requireValid(
                (long) pageNumber * pageSize <= Integer.MAX_VALUE,
                "page",
                "out-of-range",
                "Page " + pageNumber + " of " + pageSize + " lies beyond any list: ask for a page before "
                        + (Integer.MAX_VALUE / pageSize) + ".");
        return ResponseEntity.ok(progress.list(scope, filter, pageNumber, pageSize, sort));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
