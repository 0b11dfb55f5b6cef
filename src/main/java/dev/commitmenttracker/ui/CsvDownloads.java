package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.progress.CommitmentListing;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages' CSV downloads, under the page sign-in: the same services and the same columns as the API's
 * {@code Accept: text/csv} answers, so a table on a page and its download agree.
 */
@Controller
class CsvDownloads {

    /** Rows read per query while the whole filtered list is written out. */
    static final int PAGE_ROWS = 500;

    private final ProgressReports progress;
    private final AreaTimeline timeline;
    private final PageScope scope;

    CsvDownloads(ProgressReports progress, AreaTimeline timeline, PageScope scope) {
        this.progress = progress;
        this.timeline = timeline;
        this.scope = scope;
    }

    @GetMapping("/areas.csv")
    @ResponseBody
    ResponseEntity<String> areas() {
        List<ProgressReports.AreaProgress> rows = progress.areas(scope.visible());
        return Csv.respond(
                "areas",
                figureColumns("area", "kind"),
                rows.stream()
                        .map(row -> figureCells(
                                row.figures(), row.area(), row.area().kind()))
                        .toList());
    }

    @GetMapping("/themes.csv")
    @ResponseBody
    ResponseEntity<String> themes() {
        List<ProgressReports.ThemeProgress> rows = progress.themes(scope.visible());
        return Csv.respond(
                "themes",
                figureColumns("theme"),
                rows.stream()
                        .map(row -> figureCells(row.figures(), row.theme().code()))
                        .toList());
    }

    @GetMapping("/areas/{area}/figures.csv")
    @ResponseBody
    ResponseEntity<String> areaFigures(
            @PathVariable AreaCode area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validAt) {
        scope.requireMaySee(area);
        ProgressReports.AreaProgressDetail detail =
                validAt == null ? progress.area(area) : progress.area(area, null, validAt);
        List<List<?>> rows = new ArrayList<>();
        rows.add(figureCells(detail.figures(), "area", area));
        detail.byTheme().forEach((theme, figures) -> rows.add(figureCells(figures, "theme", theme.code())));
        detail.byOwnerRole().forEach((role, figures) -> rows.add(figureCells(figures, "ownerRole", role)));
        return Csv.respond("area-" + area.name(), figureColumns("breakdown", "key"), rows);
    }

    /** Progress month by month; with {@code validAt}, up to that day, as the page as it stood then shows it. */
    @GetMapping("/areas/{area}/progress.csv")
    @ResponseBody
    ResponseEntity<String> areaProgress(
            @PathVariable AreaCode area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validAt) {
        scope.requireMaySee(area);
        return Csv.respond(
                "area-" + area.name() + "-progress",
                List.of("month", "on", "open", "evidenced", "closed"),
                timeline.monthly(area, validAt == null ? progress.today() : notAfterToday(validAt)).stream()
                        .map(m -> List.of(m.month(), m.on(), m.open(), m.evidenced(), m.closed()))
                        .toList());
    }

    /**
     * The whole filtered list, as the API's export: streamed page by page, however long. With {@code validAt}, the list
     * as it stood on that day ({@link CommitmentsOn}), as the page as it stood then shows it.
     */
    @GetMapping("/areas/{area}/commitments.csv")
    void areaCommitments(
            @PathVariable AreaCode area,
            @ModelAttribute AreaPage.Query query,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validAt,
            HttpServletResponse response) {
        scope.requireMaySee(area);
        String name = "area-" + area.name() + "-commitments";
        if (validAt != null) {
            ListSort order = ListSort.parse(query.getSort());
            List<CommitmentListing> then =
                    CommitmentsOn.all(timeline.on(area, notAfterToday(validAt)), validAt, query.filter(), order);
            Csv.stream(
                    response,
                    name + "-" + validAt,
                    CommitmentListing.CSV_COLUMNS,
                    number -> number == 0
                            ? then.stream().map(CommitmentListing::csvCells).toList()
                            : List.of());
            return;
        }
        AreaScope only = AreaScope.only(List.of(area));
        // the first page is read before the response starts, so that a bad sort is still refused with an error page
        List<CommitmentListing> first = progress.list(only, query.filter(), 0, PAGE_ROWS, query.getSort())
                .items();
        Csv.stream(
                response,
                name,
                CommitmentListing.CSV_COLUMNS,
                number -> (number == 0
                                ? first
                                : progress.list(only, query.filter(), number, PAGE_ROWS, query.getSort())
                                        .items())
                        .stream().map(CommitmentListing::csvCells).toList());
    }

    private LocalDate notAfterToday(LocalDate validAt) {
        if (validAt.isAfter(progress.today())) {
            throw RuleViolation.invalid(
                    "validation.out-of-range",
                    "validAt",
                    "The date must be today or in the past; got " + validAt + ".");
        }
        return validAt;
    }

    /** The API's figure columns, so both downloads read alike. */
    static List<String> figureColumns(String... leading) {
        return Figures.csvColumns(leading);
    }

    static List<Object> figureCells(Figures f, Object... leading) {
        return f.csvCells(leading);
    }
}
