package dev.commitmenttracker.inspection.web;

import dev.commitmenttracker.inspection.FindingsReport;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.Csv;
import dev.commitmenttracker.web.CsvRecords;
import dev.commitmenttracker.web.CsvRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/reports/inspections/{inspectionId}/findings: each finding of the inspection, the commitments answering it
 * and its latest follow-up grade. JSON, or with {@code Accept: text/csv} a row per finding and commitment (a finding
 * without commitments has one row, its commitment columns empty).
 */
@RestController
class FindingsReportController {

    /** The report, as JSON; in CSV a row per finding and answering commitment. */
    record FindingsView(
            @CsvRecords.Omit String inspectionId,
            @CsvRecords.Omit String title,
            @CsvRecords.Omit String followsUp,
            @CsvRecords.Omit List<String> followedUpBy,
            List<FindingsReport.Finding> findings)
            implements CsvRows<FindingRow> {

        static FindingsView of(FindingsReport.Report report) {
            return new FindingsView(
                    report.inspectionId(),
                    report.title(),
                    report.followsUp(),
                    report.followedUpBy(),
                    report.findings());
        }

        @Override
        public List<FindingRow> csvRows() {
            List<FindingRow> rows = new ArrayList<>();
            for (FindingsReport.Finding finding : findings) {
                FindingsReport.Grade grade = finding.latestGrade();
                if (finding.commitments().isEmpty()) {
                    rows.add(FindingRow.of(finding, grade, null));
                }
                finding.commitments().forEach(commitment -> rows.add(FindingRow.of(finding, grade, commitment)));
            }
            return rows;
        }
    }

    /** One finding and one commitment answering it (or none), with the finding's latest follow-up grade. */
    record FindingRow(
            FindingKind kind,
            Integer number,
            String text,
            Theme theme,
            boolean forCps,
            String addressedTo,
            String commitmentId,
            String commitmentText,
            String commitmentStatus,
            OwnerRole ownerRole,
            LocalDate dueDate,
            FollowUpGrade latestGrade,
            String gradedBy,
            LocalDate judgedOn) {

        static FindingRow of(
                FindingsReport.Finding finding, FindingsReport.Grade grade, FindingsReport.Commitment commitment) {
            return new FindingRow(
                    finding.kind(),
                    finding.number(),
                    finding.text(),
                    finding.theme(),
                    finding.forCps(),
                    finding.addressedTo(),
                    commitment == null ? null : commitment.id(),
                    commitment == null ? null : commitment.text(),
                    commitment == null ? null : commitment.status(),
                    commitment == null ? null : commitment.ownerRole(),
                    commitment == null ? null : commitment.dueDate(),
                    grade == null ? null : grade.grade(),
                    grade == null ? null : grade.followUpInspectionId(),
                    grade == null ? null : grade.judgedOn());
        }
    }

    private final FindingsReport report;

    FindingsReportController(FindingsReport report) {
        this.report = report;
    }

    @GetMapping(
            path = "/api/reports/inspections/{inspectionId}/findings",
            produces = {MediaType.APPLICATION_JSON_VALUE, Csv.TEXT_CSV_VALUE})
    FindingsView findings(@PathVariable String inspectionId) {
        return FindingsView.of(report.of(inspectionId));
    }
}
