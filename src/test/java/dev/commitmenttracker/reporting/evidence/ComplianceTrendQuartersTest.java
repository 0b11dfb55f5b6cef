package dev.commitmenttracker.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compliance trend leaves no quarter of its range out: a quarter without evidence is a point with zero records. */
class ComplianceTrendQuartersTest {

    static ComplianceTrendPoint point(AreaCode area, String quarter, int records) {
        return new ComplianceTrendPoint(
                area, Theme.DISCLOSURE, quarter, records, records, 10 * records, 8 * records, new BigDecimal("80.0"));
    }

    static ComplianceTrendPoint empty(AreaCode area, String quarter) {
        return new ComplianceTrendPoint(area, Theme.DISCLOSURE, quarter, 0, 0, 0, 0, null);
    }

    @Test
    void quartersFollowEachOtherAcrossTheYear() {
        assertThat(Quarters.between("2022-Q3", "2023-Q2")).containsExactly("2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2");
        assertThat(Quarters.between("2023-Q1", "2022-Q4")).isEmpty();
    }

    @Test
    void eachSeriesGetsEveryQuarterBetweenTheFirstAndLastWithEvidence() {
        List<ComplianceTrendPoint> filled = EvidenceReports.withEmptyQuarters(
                List.of(
                        point(AreaCode.WESSEX, "2022-Q3", 1),
                        point(AreaCode.WESSEX, "2023-Q1", 2),
                        point(AreaCode.CYMRU_WALES, "2022-Q4", 1)),
                null,
                null);

        assertThat(filled)
                .containsExactly(
                        point(AreaCode.WESSEX, "2022-Q3", 1),
                        empty(AreaCode.WESSEX, "2022-Q4"),
                        point(AreaCode.WESSEX, "2023-Q1", 2),
                        empty(AreaCode.CYMRU_WALES, "2022-Q3"),
                        point(AreaCode.CYMRU_WALES, "2022-Q4", 1),
                        empty(AreaCode.CYMRU_WALES, "2023-Q1"));
    }

    @Test
    void aRangeAskedForIsFilledToItsEnds() {
        assertThat(EvidenceReports.withEmptyQuarters(
                        List.of(point(AreaCode.WESSEX, "2022-Q3", 1)), "2022-Q2", "2022-Q4"))
                .containsExactly(
                        empty(AreaCode.WESSEX, "2022-Q2"),
                        point(AreaCode.WESSEX, "2022-Q3", 1),
                        empty(AreaCode.WESSEX, "2022-Q4"));
    }

    @Test
    void noEvidenceIsNoSeries() {
        assertThat(EvidenceReports.withEmptyQuarters(List.of(), "2022-Q1", "2022-Q4"))
                .isEmpty();
    }

    @Test
    void quartersAreNamedByYearAndNumber() {
        assertThat(Quarters.of(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
        assertThat(Quarters.of(LocalDate.of(2026, 3, 31))).isEqualTo("2026-Q1");
        assertThat(Quarters.of(LocalDate.of(2026, 7, 1))).isEqualTo("2026-Q3");
        assertThat(Quarters.of(LocalDate.of(2026, 12, 31))).isEqualTo("2026-Q4");
    }
}
