package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.audit.AreaChanges;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.slippage.AreaSlippage;
import dev.commitmenttracker.reporting.evidence.ComplianceTrendPoint;
import dev.commitmenttracker.reporting.evidence.EvidenceEntry;
import dev.commitmenttracker.reporting.evidence.EvidenceReports;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.reporting.slippage.SlippageReports;
import dev.commitmenttracker.reporting.slippage.SlippedCommitment;
import dev.commitmenttracker.reporting.web.ProgressViews.AreaProgressDetailView;
import dev.commitmenttracker.reporting.web.ProgressViews.AreaProgressView;
import dev.commitmenttracker.reporting.web.ProgressViews.ThemeProgressView;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.Csv;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import static dev.commitmenttracker.reporting.web.ProgressViews.figureCells;
import static dev.commitmenttracker.reporting.web.ProgressViews.figureColumns;

/**
 * The reports, read from pre-computed projection rows. Each answers JSON, or CSV with a header row when the client
 * sends {@code Accept: text/csv}. An Area manager sees only its own Areas.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    /** GET /api/reports/evidence: the register and the compliance trend of the same Areas, theme and dates. */
    record EvidenceReport(List<EvidenceEntry> records, List<ComplianceTrendPoint> trend) {
    }

    /** GET /api/reports/slippage: per Area the revised and slipped counts, and every revised commitment. */
    record SlippageReport(List<AreaSlippage> areas, List<SlippedCommitment> commitments) {
    }

    /** The instants an as-of report may be asked for: the tracker's whole date window. */

    private final ProgressReports progress;
    private final EvidenceReports evidence;
    private final SlippageReports slippage;
    private final ReportScopes scopes;
    private final AreaChanges changes;

    /**
     * What changed in the Area's commitments (its own and joint ones) between two business dates, both included:
     * new commitments, transitions, evidence, closures, reopenings, due-date revisions, judgements, with who and when.
     */
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AreaChanges.Change.class))))
    @GetMapping("/areas/{area}/changes")
    ResponseEntity<?> changes(@PathVariable AreaCode area, @RequestParam(required = false) LocalDate from,
                              @RequestParam(required = false) LocalDate to,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        scopes.requireMaySee(area);
        List<AreaChanges.Change> found = changes.between(progress.commitmentIdsIn(area), from, to);
        if (Csv.wanted(accept)) {
            return Csv.respond("changes-" + area.name(), List.of("businessDate", "commitmentId", "commitmentText", "change", "detail", "actor",
                    "recordedAt"), found.stream().<List<?>>map(c -> Arrays.asList(c.businessDate(), c.commitmentId(), c.commitmentText(),
                    c.change(), c.detail(), c.actor(), c.recordedAt())).toList());
        }
        return ResponseEntity.ok(found);
    }

    ReportController(ProgressReports progress, EvidenceReports evidence, SlippageReports slippage, ReportScopes scopes, AreaChanges changes) {
        this.changes = changes;
        this.progress = progress;
        this.evidence = evidence;
        this.slippage = slippage;
        this.scopes = scopes;
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AreaProgressView.class))))
    @GetMapping("/areas")
    ResponseEntity<?> areas(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<ProgressReports.AreaProgress> rows = progress.areas(scopes.scope(null));
        if (Csv.wanted(accept)) {
            return Csv.respond("areas", figureColumns("area"), rows.stream().map(row -> figureCells(row.figures(), row.area())).toList());
        }
        return ResponseEntity.ok(rows.stream().map(AreaProgressView::of).toList());
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AreaProgressDetailView.class)))
    @GetMapping("/areas/{area}")
    ResponseEntity<?> area(@PathVariable AreaCode area, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                           @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate validAt) {
        scopes.requireMaySee(area);
        ProgressReports.AreaProgressDetail detail = asOf == null && validAt == null ? progress.area(area) : progress.area(area, asOf, validAt);
        if (Csv.wanted(accept)) {
            List<List<?>> rows = new ArrayList<>();
            rows.add(figureCells(detail.figures(), "area", area));
            detail.byTheme().forEach((theme, figures) -> rows.add(figureCells(figures, "theme", theme.code())));
            detail.byOwnerRole().forEach((role, figures) -> rows.add(figureCells(figures, "ownerRole", role)));
            return Csv.respond("area-" + area.name(), figureColumns("breakdown", "key"), rows);
        }
        return ResponseEntity.ok(AreaProgressDetailView.of(detail));
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ThemeProgressView.class))))
    @GetMapping("/themes")
    ResponseEntity<?> themes(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<ProgressReports.ThemeProgress> rows = progress.themes(scopes.scope(null));
        if (Csv.wanted(accept)) {
            return Csv.respond("themes", figureColumns("theme"),
                    rows.stream().map(row -> figureCells(row.figures(), row.theme().code())).toList());
        }
        return ResponseEntity.ok(rows.stream().map(ThemeProgressView::of).toList());
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ProgressReports.OwnerWorkload.class))))
    @GetMapping("/owners")
    ResponseEntity<?> owners(@RequestParam(required = false) AreaCode area,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<ProgressReports.OwnerWorkload> rows = progress.owners(scopes.scope(area));
        if (Csv.wanted(accept)) {
            return Csv.respond("owners", List.of("area", "ownerRole", "open", "overdue"),
                    rows.stream().map(row -> List.of(row.area(), row.ownerRole(), row.open(), row.overdue())).toList());
        }
        return ResponseEntity.ok(rows);
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = EvidenceReport.class)))
    @GetMapping("/evidence")
    ResponseEntity<?> evidence(@RequestParam(required = false) AreaCode area, @RequestParam(required = false) String theme,
                               @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        AreaScope scope = scopes.scope(area);
        Theme wanted = ReportScopes.theme(theme);
        List<EvidenceEntry> records = evidence.register(scope, wanted, from, to);
        if (Csv.wanted(accept)) {
            return Csv.respond("evidence", List.of("area", "joint", "commitmentId", "theme", "method", "effectiveOn", "quarter",
                            "sampleSize", "compliantCount", "compliancePercent", "reference", "recordedOn"),
                    records.stream().map(r -> cells(r.area(), r.joint(), r.commitmentId(), r.theme().code(), r.method(), r.effectiveOn(),
                            r.quarter(), r.sampleSize(), r.compliantCount(), r.compliancePercent(), r.reference(), r.recordedOn())).toList());
        }
        return ResponseEntity.ok(new EvidenceReport(records, evidence.trend(scope, wanted, from, to)));
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ComplianceTrendPoint.class))))
    @GetMapping("/evidence/trend")
    ResponseEntity<?> complianceTrend(@RequestParam(required = false) AreaCode area, @RequestParam(required = false) String theme,
                                      @RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<ComplianceTrendPoint> trend = evidence.trend(scopes.scope(area), ReportScopes.theme(theme), from, to);
        if (Csv.wanted(accept)) {
            return Csv.respond("compliance-trend", List.of("area", "theme", "quarter", "records", "sampledRecords", "casesSampled",
                            "casesCompliant", "compliancePercent"),
                    trend.stream().map(p -> cells(p.area(), p.theme().code(), p.quarter(), p.records(), p.sampledRecords(),
                            p.casesSampled(), p.casesCompliant(), p.compliancePercent())).toList());
        }
        return ResponseEntity.ok(trend);
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SlippageReport.class)))
    @GetMapping("/slippage")
    ResponseEntity<?> slippage(@RequestParam(required = false) AreaCode area,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        AreaScope scope = scopes.scope(area);
        List<SlippedCommitment> commitments = slippage.commitments(scope);
        if (Csv.wanted(accept)) {
            List<List<?>> rows = new ArrayList<>();
            for (SlippedCommitment c : commitments) {
                for (SlippedCommitment.Revision r : c.revisions()) {
                    rows.add(cells(c.area(), c.commitmentId(), c.theme().code(), c.status(), c.originalDueDate(), c.dueDate(),
                            c.revisionCount(), c.slipped(), r.number(), r.previousDueDate(), r.dueDate(), r.reason(), r.revisedOn()));
                }
            }
            return Csv.respond("slippage", List.of("area", "commitmentId", "theme", "status", "originalDueDate", "dueDate",
                    "revisionCount", "slipped", "revision", "previousDueDate", "revisedDueDate", "reason", "revisedOn"), rows);
        }
        return ResponseEntity.ok(new SlippageReport(slippage.areas(scope), commitments));
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AreaSlippage.class))))
    @GetMapping("/slippage/areas")
    ResponseEntity<?> slippageByArea(@RequestParam(required = false) AreaCode area,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<AreaSlippage> areas = slippage.areas(scopes.scope(area));
        if (Csv.wanted(accept)) {
            return Csv.respond("slippage-areas", List.of("area", "revised", "slipped"),
                    areas.stream().map(a -> cells(a.area(), a.revised(), a.slipped())).toList());
        }
        return ResponseEntity.ok(areas);
    }

    /** A CSV row; unlike List.of it takes nulls (written as empty fields). */
    static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
