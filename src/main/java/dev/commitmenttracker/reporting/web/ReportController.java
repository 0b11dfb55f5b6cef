package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.audit.AreaChanges;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.evidence.ComplianceTrendPoint;
import dev.commitmenttracker.reporting.evidence.EvidenceEntry;
import dev.commitmenttracker.reporting.evidence.EvidenceReports;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.reporting.slippage.AreaSlippage;
import dev.commitmenttracker.reporting.slippage.SlippageReports;
import dev.commitmenttracker.reporting.slippage.SlippedCommitment;
import dev.commitmenttracker.reporting.web.ProgressViews.AreaProgressDetailView;
import dev.commitmenttracker.reporting.web.ProgressViews.AreaProgressView;
import dev.commitmenttracker.reporting.web.ProgressViews.ThemeProgressView;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.shared.UnitKind;
import dev.commitmenttracker.web.Csv;
import dev.commitmenttracker.web.CsvRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports, read from pre-computed projection rows. Each returns its answer once: JSON, or CSV with a header row
 * when the client sends {@code Accept: text/csv} (the columns are the answer's record components; see
 * {@link dev.commitmenttracker.web.CsvMessageConverter}). "Area" is any CPS unit (ADR 0014): {@code kind} narrows a
 * report to the units of one {@link UnitKind}. Without {@code area}, an Area manager sees its own units only; it may
 * ask for the national level's.
 */
@RestController
@RequestMapping(
        path = "/api/reports",
        produces = {MediaType.APPLICATION_JSON_VALUE, Csv.TEXT_CSV_VALUE})
class ReportController {

    /** GET /api/reports/evidence: the register and the compliance trend of the same Areas, theme and dates; in CSV the register. */
    record EvidenceReport(List<EvidenceEntry> records, List<ComplianceTrendPoint> trend)
            implements CsvRows<EvidenceEntry> {

        @Override
        public List<EvidenceEntry> csvRows() {
            return records;
        }
    }

    /** GET /api/reports/slippage: per Area the revised and slipped counts, and every revised commitment; in CSV a row per revision. */
    record SlippageReport(List<AreaSlippage> areas, List<SlippedCommitment> commitments)
            implements CsvRows<RevisionRow> {

        @Override
        public List<RevisionRow> csvRows() {
            return commitments.stream()
                    .flatMap(c -> c.revisions().stream()
                            .map(r -> new RevisionRow(
                                    c.area(),
                                    c.commitmentId(),
                                    c.theme(),
                                    c.status().name(),
                                    c.originalDueDate(),
                                    c.dueDate(),
                                    c.revisionCount(),
                                    c.slipped(),
                                    r.number(),
                                    r.previousDueDate(),
                                    r.dueDate(),
                                    r.reason(),
                                    r.revisedOn())))
                    .toList();
        }
    }

    /** A CSV row of the slippage report: a revised commitment with one of its revisions. */
    record RevisionRow(
            AreaCode area,
            String commitmentId,
            Theme theme,
            String status,
            LocalDate originalDueDate,
            LocalDate dueDate,
            int revisionCount,
            boolean slipped,
            int revision,
            LocalDate previousDueDate,
            LocalDate revisedDueDate,
            String reason,
            LocalDate revisedOn) {}

    private final ProgressReports progress;
    private final EvidenceReports evidence;
    private final SlippageReports slippage;
    private final ReportScopes scopes;
    private final AreaChanges changes;

    ReportController(
            ProgressReports progress,
            EvidenceReports evidence,
            SlippageReports slippage,
            ReportScopes scopes,
            AreaChanges changes) {
        this.changes = changes;
        this.progress = progress;
        this.evidence = evidence;
        this.slippage = slippage;
        this.scopes = scopes;
    }

    /**
     * What changed in the Area's commitments (its own and joint ones) between two business dates, both included:
     * new commitments, transitions, evidence, closures, reopenings, due-date revisions, judgements, with who and when.
     */
    @GetMapping("/areas/{area}/changes")
    List<AreaChanges.Change> changes(
            @PathVariable AreaCode area,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        scopes.requireMaySee(area);
        return changes.between(progress.commitmentIdsIn(area), from, to);
    }

    /** A row per unit with commitments (Areas, then the national level, CPS Direct, divisions); {@code kind} narrows. */
    @GetMapping("/areas")
    List<AreaProgressView> areas(@RequestParam(required = false) UnitKind kind) {
        return progress.areas(scopes.scope(null, kind)).stream()
                .map(AreaProgressView::of)
                .toList();
    }

    @GetMapping("/areas/{area}")
    AreaProgressDetailView area(
            @PathVariable AreaCode area,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) LocalDate validAt) {
        scopes.requireMaySee(area);
        return AreaProgressDetailView.of(
                asOf == null && validAt == null ? progress.area(area) : progress.area(area, asOf, validAt));
    }

    @GetMapping("/themes")
    List<ThemeProgressView> themes(@RequestParam(required = false) UnitKind kind) {
        return progress.themes(scopes.scope(null, kind)).stream()
                .map(ThemeProgressView::of)
                .toList();
    }

    @GetMapping("/owners")
    List<ProgressReports.OwnerWorkload> owners(
            @RequestParam(required = false) AreaCode area, @RequestParam(required = false) UnitKind kind) {
        return progress.owners(scopes.scope(area, kind));
    }

    @GetMapping("/evidence")
    EvidenceReport evidence(
            @RequestParam(required = false) AreaCode area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) UnitKind kind) {
        AreaScope scope = scopes.scope(area, kind);
        Theme wanted = ReportScopes.theme(theme);
        return new EvidenceReport(evidence.register(scope, wanted, from, to), evidence.trend(scope, wanted, from, to));
    }

    @GetMapping("/evidence/trend")
    List<ComplianceTrendPoint> complianceTrend(
            @RequestParam(required = false) AreaCode area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) UnitKind kind) {
        return evidence.trend(scopes.scope(area, kind), ReportScopes.theme(theme), from, to);
    }

    @GetMapping("/slippage")
    SlippageReport slippage(
            @RequestParam(required = false) AreaCode area, @RequestParam(required = false) UnitKind kind) {
        AreaScope scope = scopes.scope(area, kind);
        return new SlippageReport(slippage.areas(scope), slippage.commitments(scope));
    }

    @GetMapping("/slippage/areas")
    List<AreaSlippage> slippageByArea(
            @RequestParam(required = false) AreaCode area, @RequestParam(required = false) UnitKind kind) {
        return slippage.areas(scopes.scope(area, kind));
    }
}
