package dev.commitmenttracker.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.Evidence;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The compliance trend pools samples: its sums outgrow any one sample, and never overflow. */
class ComplianceTallyTest {

    static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    static Evidence sample(int size, int compliant) {
        return new Evidence(AssuranceMethod.DIP_SAMPLE, DAY, size, compliant, "Dip sample", null, DAY);
    }

    @Test
    void givenSamplesWhoseSumPassesTwoToTheThirtyOne_thenThePercentIsStillRight() {
        ComplianceTally row = new ComplianceTally(AreaCode.WESSEX, Theme.DISCLOSURE, "2024-Q1");
        row.count(sample(Integer.MAX_VALUE, Integer.MAX_VALUE / 2));
        row.count(sample(Integer.MAX_VALUE, Integer.MAX_VALUE / 2));

        ComplianceTrendPoint point = row.toPoint();

        assertThat(point.casesSampled()).isEqualTo(2L * Integer.MAX_VALUE);
        assertThat(point.casesCompliant()).isEqualTo(2L * (Integer.MAX_VALUE / 2));
        assertThat(point.compliancePercent()).isEqualByComparingTo(new BigDecimal("50.0"));
    }

    @Test
    void givenOneSampleOfTwoToTheThirtyOneMinusOne_thenItsOwnPercentIsRight() {
        assertThat(sample(Integer.MAX_VALUE, Integer.MAX_VALUE - 1).compliancePercent())
                .isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(sample(Integer.MAX_VALUE, 0).compliancePercent()).isEqualByComparingTo(new BigDecimal("0.0"));
    }
}
