package dev.commitmenttracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressViewsTest {

    static final Figures FIGURES =
            new Figures(Map.of(CommitmentStatus.CLOSED, 2L, CommitmentStatus.ASSIGNED, 3L), 1, 2, 1);

    @Test
    void anAreaInDetailIsARowPerBreakdownInCsvTheAreaFirst() {
        ProgressReports.AreaProgressDetail detail = new ProgressReports.AreaProgressDetail(
                AreaCode.WESSEX,
                FIGURES,
                Map.of(),
                new LinkedHashMap<>(Map.of(Theme.DISCLOSURE, FIGURES)),
                new LinkedHashMap<>(Map.of("UNASSIGNED", FIGURES)));

        assertThat(ProgressViews.AreaProgressDetailView.of(detail).csvRows())
                .extracting(ProgressViews.Breakdown::breakdown, ProgressViews.Breakdown::key)
                .containsExactly(
                        tuple("area", "WESSEX"), tuple("theme", "disclosure"), tuple("ownerRole", "UNASSIGNED"));
    }
}
