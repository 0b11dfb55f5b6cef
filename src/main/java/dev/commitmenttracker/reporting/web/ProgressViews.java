package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.commitment.api.FollowUpGrade;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.reporting.progress.Rag;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the progress reports, and their CSV columns. */
final class ProgressViews {

    private ProgressViews() {
    }

    /** The figures of a set of commitments. */
    record FiguresView(long total, Map<String, Long> byStatus, long closed, long evidencedOrClosed, long withdrawn, long overdue,
                       long dueNext30Days, BigDecimal percentClosed, Rag rag) {

        static FiguresView of(Figures f) {
            return new FiguresView(f.total(), statusCounts(f), f.closed(), f.evidencedOrClosed(), f.withdrawn(), f.overdue(),
                    f.dueNext30Days(), f.percentClosed(), f.rag());
        }
    }

    /** A row of GET /api/reports/areas. */
    record AreaProgressView(AreaCode area, long total, Map<String, Long> byStatus, long closed, long closedJudged,
                            Map<FollowUpGrade, Long> closedJudgedByGrade, long evidencedOrClosed, long withdrawn,
                            long overdue, long dueNext30Days, BigDecimal percentClosed, Rag rag) {

        static AreaProgressView of(ProgressReports.AreaProgress progress) {
            Figures f = progress.figures();
            return new AreaProgressView(progress.area(), f.total(), statusCounts(f), f.closed(), judged(progress.closedJudged()),
                    progress.closedJudged(), f.evidencedOrClosed(), f.withdrawn(),
                    f.overdue(), f.dueNext30Days(), f.percentClosed(), f.rag());
        }
    }

    /** GET /api/reports/areas/{area}: the Area's figures, and the same by theme and by owner role. */
    record AreaProgressDetailView(AreaCode area, long total, Map<String, Long> byStatus, long closed, long closedJudged,
                                  Map<FollowUpGrade, Long> closedJudgedByGrade, long evidencedOrClosed,
                                  long withdrawn, long overdue, long dueNext30Days, BigDecimal percentClosed, Rag rag,
                                  Map<String, FiguresView> byTheme, Map<String, FiguresView> byOwnerRole) {

        static AreaProgressDetailView of(ProgressReports.AreaProgressDetail detail) {
            Figures f = detail.figures();
            Map<String, FiguresView> byTheme = new LinkedHashMap<>();
            detail.byTheme().forEach((theme, figures) -> byTheme.put(theme.code(), FiguresView.of(figures)));
            Map<String, FiguresView> byOwnerRole = new LinkedHashMap<>();
            detail.byOwnerRole().forEach((role, figures) -> byOwnerRole.put(role, FiguresView.of(figures)));
            return new AreaProgressDetailView(detail.area(), f.total(), statusCounts(f), f.closed(), judged(detail.closedJudged()),
                    detail.closedJudged(), f.evidencedOrClosed(), f.withdrawn(),
                    f.overdue(), f.dueNext30Days(), f.percentClosed(), f.rag(), byTheme, byOwnerRole);
        }
    }

    /** A row of GET /api/reports/themes. */
    record ThemeProgressView(Theme theme, long total, Map<String, Long> byStatus, long closed, long evidencedOrClosed, long withdrawn,
                             long overdue, long dueNext30Days, BigDecimal percentClosed, Rag rag) {

        static ThemeProgressView of(ProgressReports.ThemeProgress progress) {
            Figures f = progress.figures();
            return new ThemeProgressView(progress.theme(), f.total(), statusCounts(f), f.closed(), f.evidencedOrClosed(), f.withdrawn(),
                    f.overdue(), f.dueNext30Days(), f.percentClosed(), f.rag());
        }
    }

    static Map<String, Long> statusCounts(Figures figures) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        figures.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        return byStatus;
    }

    /** The CSV columns of a set of figures, after the columns that name the set. */
    static List<String> figureColumns(String... leading) {
        return Figures.csvColumns(leading);
    }

    static List<Object> figureCells(Figures f, Object... leading) {
        return f.csvCells(leading);
    }

    /** Closed commitments the inspectorate has judged at follow-up, whatever the grade. */
    static long judged(Map<FollowUpGrade, Long> byGrade) {
        return byGrade.values().stream().mapToLong(Long::longValue).sum();
    }
}
