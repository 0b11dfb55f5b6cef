package dev.commitmenttracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.FollowUpGrade;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress answers embed one {@link Figures.View}; their JSON is still, byte for byte, what it was when each view
 * repeated the nine figure fields itself (the expected texts below are that older output).
 */
class ProgressViewsJsonTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Figures FIGURES = new Figures(Map.of(CommitmentStatus.CLOSED, 2L, CommitmentStatus.ASSIGNED, 3L), 1, 2, 1);
    static final String FIGURE_FIELDS = "\"total\":5,\"byStatus\":{\"COMMITTED\":0,\"ASSIGNED\":3,\"IN_PROGRESS\":0,\"EVIDENCED\":0,"
            + "\"CLOSED\":2,\"WITHDRAWN\":0},\"closed\":2";
    static final String AFTER_CLOSED = "\"evidencedOrClosed\":2,\"withdrawn\":0,\"overdue\":1,\"dueNext30Days\":2,\"percentClosed\":40.0,"
            + "\"rag\":\"RED\"";

    @Test
    void anAreaRowHasItsJudgedClosedAmongItsFiguresAsBefore() {
        ProgressReports.AreaProgress area = new ProgressReports.AreaProgress(AreaCode.WESSEX, FIGURES,
                Map.of(FollowUpGrade.NO_MEANINGFUL_PROGRESS, 1L));

        assertThat(JSON.writeValueAsString(ProgressViews.AreaProgressView.of(area))).isEqualTo("{\"area\":\"WESSEX\"," + FIGURE_FIELDS
                + ",\"closedJudged\":1,\"closedJudgedByGrade\":{\"NO_MEANINGFUL_PROGRESS\":1}," + AFTER_CLOSED + "}");
    }

    @Test
    void anAreaInDetailHasItsBreakdownsWithoutJudgedClosedAsBefore() {
        ProgressReports.AreaProgressDetail detail = new ProgressReports.AreaProgressDetail(AreaCode.WESSEX, FIGURES, Map.of(),
                new LinkedHashMap<>(Map.of(Theme.DISCLOSURE, FIGURES)), new LinkedHashMap<>(Map.of("UNASSIGNED", FIGURES)));

        assertThat(JSON.writeValueAsString(ProgressViews.AreaProgressDetailView.of(detail))).isEqualTo("{\"area\":\"WESSEX\","
                + FIGURE_FIELDS + ",\"closedJudged\":0,\"closedJudgedByGrade\":{}," + AFTER_CLOSED
                + ",\"byTheme\":{\"disclosure\":{" + FIGURE_FIELDS + "," + AFTER_CLOSED + "}},\"byOwnerRole\":{\"UNASSIGNED\":{"
                + FIGURE_FIELDS + "," + AFTER_CLOSED + "}}}");
    }

    @Test
    void aThemeRowHasTheFiguresAloneAsBefore() {
        assertThat(JSON.writeValueAsString(ProgressViews.ThemeProgressView.of(new ProgressReports.ThemeProgress(Theme.DISCLOSURE, FIGURES))))
                .isEqualTo("{\"theme\":\"disclosure\"," + FIGURE_FIELDS + "," + AFTER_CLOSED + "}");
    }

    @Test
    void anAreaInDetailIsARowPerBreakdownInCsv() {
        ProgressReports.AreaProgressDetail detail = new ProgressReports.AreaProgressDetail(AreaCode.WESSEX, FIGURES, Map.of(),
                new LinkedHashMap<>(Map.of(Theme.DISCLOSURE, FIGURES)), new LinkedHashMap<>(Map.of("UNASSIGNED", FIGURES)));

        assertThat(ProgressViews.AreaProgressDetailView.of(detail).csvRows()).extracting(ProgressViews.Breakdown::breakdown,
                ProgressViews.Breakdown::key).containsExactly(org.assertj.core.groups.Tuple.tuple("area", "WESSEX"),
                org.assertj.core.groups.Tuple.tuple("theme", "disclosure"), org.assertj.core.groups.Tuple.tuple("ownerRole", "UNASSIGNED"));
    }
}
