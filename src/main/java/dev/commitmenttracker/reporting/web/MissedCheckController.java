package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.reporting.assurance.MissedCheck;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.Csv;
import dev.commitmenttracker.web.CsvRows;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Missed assurance checks: the report per Area, theme and owner role, and one commitment's missed periods. Derived at
 * read time against the tracker's clock (see {@link MissedChecks}); JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class MissedCheckController {

    /**
     * GET /api/reports/missed-checks: how many checks were missed, in all and by the commitment's own Area, theme and
     * owner role ({@code UNASSIGNED} before assignment), and every missed check; in CSV a row per missed check.
     */
    record MissedCheckReport(
            LocalDate today,
            int graceDays,
            long total,
            Map<String, Long> byArea,
            Map<String, Long> byTheme,
            Map<String, Long> byOwnerRole,
            List<MissedCheck> checks)
            implements CsvRows<MissedCheck> {

        @Override
        public List<MissedCheck> csvRows() {
            return checks;
        }
    }

    /** One missed period of a commitment's plan. */
    record MissedPeriod(LocalDate periodStart, LocalDate periodEnd, AssuranceMethod method, Cadence cadence) {}

    private final MissedChecks missedChecks;
    private final CommitmentService commitments;
    private final ReportScopes scopes;
    private final Clock clock;

    MissedCheckController(MissedChecks missedChecks, CommitmentService commitments, ReportScopes scopes, Clock clock) {
        this.missedChecks = missedChecks;
        this.commitments = commitments;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping(
            path = "/api/reports/missed-checks",
            produces = {MediaType.APPLICATION_JSON_VALUE, Csv.TEXT_CSV_VALUE})
    MissedCheckReport report(
            @RequestParam(required = false) AreaCode area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) OwnerRole owner) {
        LocalDate today = LocalDate.now(clock);
        Theme wanted = ReportScopes.theme(theme);
        List<MissedCheck> checks = missedChecks.in(scopes.scope(area), today).stream()
                .filter(check -> wanted == null || check.theme() == wanted)
                .filter(check -> owner == null || check.ownerRole() == owner)
                .toList();
        return new MissedCheckReport(
                today,
                missedChecks.graceDays(),
                checks.size(),
                count(checks, check -> check.area().name()),
                count(checks, check -> check.theme().code()),
                count(
                        checks,
                        check -> check.ownerRole() == null
                                ? "UNASSIGNED"
                                : check.ownerRole().name()),
                checks);
    }

    /** The commitment's missed periods as of today, for a user who may read the commitment. */
    @GetMapping(
            path = "/api/commitments/{id}/missed-checks",
            produces = {MediaType.APPLICATION_JSON_VALUE, Csv.TEXT_CSV_VALUE})
    List<MissedPeriod> ofCommitment(@PathVariable String id) {
        commitments.get(id);
        return missedChecks.ofCommitment(id, LocalDate.now(clock)).stream()
                .map(check -> new MissedPeriod(check.periodStart(), check.periodEnd(), check.method(), check.cadence()))
                .toList();
    }

    private static Map<String, Long> count(List<MissedCheck> checks, Function<MissedCheck, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        checks.forEach(check -> counts.merge(key.apply(check), 1L, Long::sum));
        return counts;
    }
}
