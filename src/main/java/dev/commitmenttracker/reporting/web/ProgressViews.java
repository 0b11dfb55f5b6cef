package dev.commitmenttracker.reporting.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.shared.UnitKind;
import dev.commitmenttracker.web.CsvRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of the progress reports: each row names its set of commitments and embeds its {@link Figures.View}, whose
 * fields the JSON and the CSV take in its place. A new figure is a component of {@link Figures.View}, and every report
 * and download has it.
 */
final class ProgressViews {

    private ProgressViews() {}

    /** A row of GET /api/reports/areas: a unit (an Area, the national level, CPS Direct, a division) and its kind. */
    record AreaProgressView(
            AreaCode area, UnitKind kind, @JsonUnwrapped Figures.View figures) {

        static AreaProgressView of(ProgressReports.AreaProgress progress) {
            return new AreaProgressView(
                    progress.area(), progress.area().kind(), progress.figures().view(progress.closedJudged()));
        }
    }

    /** GET /api/reports/areas/{area}: the Area's figures, and the same by theme and by owner role; in CSV a row each. */
    record AreaProgressDetailView(
            AreaCode area,
            @JsonUnwrapped Figures.View figures,
            Map<String, Figures.View> byTheme,
            Map<String, Figures.View> byOwnerRole)
            implements CsvRows<Breakdown> {

        static AreaProgressDetailView of(ProgressReports.AreaProgressDetail detail) {
            Map<String, Figures.View> byTheme = new LinkedHashMap<>();
            detail.byTheme().forEach((theme, figures) -> byTheme.put(theme.code(), figures.view()));
            Map<String, Figures.View> byOwnerRole = new LinkedHashMap<>();
            detail.byOwnerRole().forEach((role, figures) -> byOwnerRole.put(role, figures.view()));
            return new AreaProgressDetailView(
                    detail.area(), detail.figures().view(detail.closedJudged()), byTheme, byOwnerRole);
        }

        @Override
        public List<Breakdown> csvRows() {
            List<Breakdown> rows = new ArrayList<>();
            rows.add(new Breakdown("area", area.name(), figures));
            byTheme.forEach((theme, figures) -> rows.add(new Breakdown("theme", theme, figures)));
            byOwnerRole.forEach((role, figures) -> rows.add(new Breakdown("ownerRole", role, figures)));
            return rows;
        }
    }

    /** A CSV row of GET /api/reports/areas/{area}: the Area itself, or one of its themes or owner roles. */
    record Breakdown(
            String breakdown, String key, @JsonUnwrapped Figures.View figures) {}

    /** A row of GET /api/reports/themes. */
    record ThemeProgressView(Theme theme, @JsonUnwrapped Figures.View figures) {

        static ThemeProgressView of(ProgressReports.ThemeProgress progress) {
            return new ThemeProgressView(progress.theme(), progress.figures().view());
        }
    }
}
