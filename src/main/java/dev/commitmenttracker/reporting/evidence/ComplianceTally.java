package dev.commitmenttracker.reporting.evidence;

import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Counters of the evidence of an Area and theme whose effective date falls in one quarter: a point of the trend. */
@Entity(name = "ComplianceTally")
@Table(name = "report_compliance_trend")
class ComplianceTally {

    @Id
    String id;

    @Enumerated(EnumType.STRING)
    AreaCode area;

    @Enumerated(EnumType.STRING)
    Theme theme;

    String quarter;
    int records;

    @Column(name = "sampled_records")
    int sampledRecords;
    // long: sums of many samples; a sample alone is at most Limits.SAMPLE_SIZE, but its sums have no such bound
    @Column(name = "cases_sampled")
    long casesSampled;

    @Column(name = "cases_compliant")
    long casesCompliant;

    protected ComplianceTally() {}

    ComplianceTally(AreaCode area, Theme theme, String quarter) {
        this.id = id(area, theme, quarter);
        this.area = area;
        this.theme = theme;
        this.quarter = quarter;
    }

    static String id(AreaCode area, Theme theme, String quarter) {
        return area.name() + "/" + theme.name() + "/" + quarter;
    }

    void count(Evidence evidence) {
        records++;
        if (evidence.sampled()) {
            sampledRecords++;
            casesSampled += evidence.sampleSize();
            casesCompliant += evidence.compliantCount();
        }
    }

    ComplianceTrendPoint toPoint() {
        BigDecimal percent = casesSampled == 0
                ? null
                : BigDecimal.valueOf(casesCompliant)
                        .movePointRight(2)
                        .divide(BigDecimal.valueOf(casesSampled), 1, RoundingMode.HALF_UP);
        return new ComplianceTrendPoint(
                area, theme, quarter, records, sampledRecords, casesSampled, casesCompliant, percent);
    }
}
