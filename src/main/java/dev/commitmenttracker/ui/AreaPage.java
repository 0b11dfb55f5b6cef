package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.inspection.InspectionList;
import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.reporting.progress.CommitmentFilter;
import dev.commitmenttracker.reporting.progress.CommitmentPage;
import dev.commitmenttracker.reporting.progress.Figures;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /areas/{area}}: an Area's figures by theme and by owner role, its progress over time, and its commitments,
 * filtered, sorted and paged by a GET form whose fields carry the API's names. With a date in "as it stood on", the
 * whole page is as it stood then: the figures are the validAt report (rebuilt from the events whose business date is on
 * or before that day), the progress chart stops at that day and the list shows the commitments recorded by then, with
 * their status, owner and due date then ({@link CommitmentsOn}).
 */
@Controller
class AreaPage {

    static final int PAGE_SIZE = 20;

    private final ProgressReports progress;
    private final AreaTimeline timeline;
    private final InspectionList inspections;
    private final PageScope scope;

    AreaPage(ProgressReports progress, AreaTimeline timeline, InspectionList inspections, PageScope scope) {
        this.progress = progress;
        this.timeline = timeline;
        this.inspections = inspections;
        this.scope = scope;
    }

    /**
     * The GET form: the commitment list's filters as the API names them, and the "as it stood on" date in the three
     * fields of a GOV.UK date input ({@code validAt-day}, {@code validAt-month}, {@code validAt-year}).
     */
    static final class Query {
        private CommitmentStatus status;
        private String theme;
        private OwnerRole ownerRole;
        private String inspectionId;
        private Boolean overdue;
        private String sort;
        private int page;
        private String validAtDay;
        private String validAtMonth;
        private String validAtYear;

        public CommitmentStatus getStatus() {
            return status;
        }

        public void setStatus(CommitmentStatus status) {
            this.status = status;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = blankToNull(theme);
        }

        public OwnerRole getOwnerRole() {
            return ownerRole;
        }

        public void setOwnerRole(OwnerRole ownerRole) {
            this.ownerRole = ownerRole;
        }

        public String getInspectionId() {
            return inspectionId;
        }

        public void setInspectionId(String inspectionId) {
            this.inspectionId = blankToNull(inspectionId);
        }

        public Boolean getOverdue() {
            return overdue;
        }

        public void setOverdue(Boolean overdue) {
            this.overdue = overdue;
        }

        public String getSort() {
            return sort;
        }

        public void setSort(String sort) {
            this.sort = blankToNull(sort);
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = Math.max(page, 0);
        }

        boolean hasValidAt() {
            return validAtDay != null || validAtMonth != null || validAtYear != null;
        }

        /** The query string of this query, on another page of the list. */
        String onPage(int other) {
            return queryString(sort, other);
        }

        /** The address of the list's first page in another order, keeping the filters and the date: a column header's link. */
        public String sortedBy(ListSort order) {
            return "?" + queryString(order.param(), 0) + "#commitments-heading";
        }

        /** The list's filters and order as parameters, for the hidden fields of the date form. */
        public Map<String, Object> listParameters() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("status", status);
            parameters.put("theme", theme);
            parameters.put("ownerRole", ownerRole);
            parameters.put("inspectionId", inspectionId);
            parameters.put("overdue", overdue);
            parameters.put("sort", sort);
            parameters.values().removeIf(java.util.Objects::isNull);
            return parameters;
        }

        /** The date fields as given, for the hidden fields of the filter form. */
        public Map<String, Object> validAtParameters() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("validAt-day", validAtDay);
            parameters.put("validAt-month", validAtMonth);
            parameters.put("validAt-year", validAtYear);
            parameters.values().removeIf(java.util.Objects::isNull);
            return parameters;
        }

        private String queryString(String order, int other) {
            Map<String, Object> parameters = new LinkedHashMap<>(listParameters());
            parameters.remove("sort");
            parameters.put("sort", order);
            parameters.putAll(validAtParameters());
            parameters.put("page", other == 0 ? null : other);
            return parameters.entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "="
                            + java.net.URLEncoder.encode(
                                    String.valueOf(e.getValue()), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        /** The list filter; an unknown theme code is bad input, as in the API. */
        CommitmentFilter filter() {
            Theme wanted = theme == null
                    ? null
                    : Theme.fromCode(theme)
                            .orElseThrow(() -> RuleViolation.invalid(
                                    "validation.unreadable", "theme", "Unknown theme '" + theme + "'."));
            return new CommitmentFilter(status, wanted, ownerRole, inspectionId, overdue);
        }
    }

    @ModelAttribute("query")
    Query query(
            @org.springframework.web.bind.annotation.RequestParam(name = "validAt-day", required = false) String day,
            @org.springframework.web.bind.annotation.RequestParam(name = "validAt-month", required = false)
                    String month,
            @org.springframework.web.bind.annotation.RequestParam(name = "validAt-year", required = false)
                    String year) {
        Query query = new Query();
        query.validAtDay = blankToNull(day);
        query.validAtMonth = blankToNull(month);
        query.validAtYear = blankToNull(year);
        return query;
    }

    @GetMapping("/areas/{area}")
    String area(@PathVariable AreaCode area, @ModelAttribute("query") Query query, Model model) {
        scope.requireMaySee(area);
        LocalDate today = progress.today();
        ValidAt validAt = ValidAt.read(query, today);
        ListSort order = ListSort.parse(query.getSort());
        ProgressReports.AreaProgressDetail detail;
        CommitmentPage page;
        List<AreaTimeline.Month> months;
        if (validAt.date() == null) {
            detail = progress.area(area);
            page = progress.list(
                    AreaScope.only(List.of(area)), query.filter(), query.getPage(), PAGE_SIZE, query.getSort());
            months = timeline.monthly(area, today);
        } else {
            // the page as it stood then: the validAt report's figures, the chart up to that day, the list as it stood
            detail = progress.area(area, null, validAt.date());
            page = CommitmentsOn.page(
                    timeline.on(area, validAt.date()),
                    validAt.date(),
                    query.filter(),
                    order,
                    query.getPage(),
                    PAGE_SIZE);
            months = timeline.monthly(area, validAt.date());
        }

        Map<String, Figures> themeChart = new LinkedHashMap<>();
        detail.byTheme().forEach((theme, figures) -> themeChart.put(Labels.sentence(theme.name()), figures));
        model.addAttribute("nav", area.name());
        model.addAttribute("area", area);
        model.addAttribute("today", today);
        model.addAttribute("validAt", validAt);
        model.addAttribute("detail", detail);
        model.addAttribute("themeChart", Charts.statusBars(themeChart));
        model.addAttribute("months", months);
        model.addAttribute("progressChart", Charts.progressLines(months));
        model.addAttribute("list", page);
        model.addAttribute("pages", Pagination.of(page, query));
        model.addAttribute("inspections", inspections.inArea(area));
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("ownerRoles", OwnerRole.values());
        model.addAttribute("order", order);
        model.addAttribute(
                "orders",
                ProgressReports.SORTABLE.stream()
                        .flatMap(field ->
                                java.util.stream.Stream.of(new ListSort(field, false), new ListSort(field, true)))
                        .toList());
        return "area";
    }

    /** The "as it stood on" date: none, a valid date, or the GOV.UK error to show on the date input. */
    record ValidAt(LocalDate date, String error) {

        static ValidAt read(Query query, LocalDate today) {
            if (!query.hasValidAt()) {
                return new ValidAt(null, null);
            }
            if (query.validAtDay == null || query.validAtMonth == null || query.validAtYear == null) {
                return new ValidAt(null, "The date must include a day, a month and a year");
            }
            LocalDate date;
            try {
                date = LocalDate.of(
                        Integer.parseInt(query.validAtYear),
                        Integer.parseInt(query.validAtMonth),
                        Integer.parseInt(query.validAtDay));
            } catch (NumberFormatException | DateTimeException e) {
                return new ValidAt(null, "The date must be a real date, like 31 3 2025");
            }
            if (date.isAfter(today)) {
                return new ValidAt(null, "The date must be today or in the past");
            }
            return new ValidAt(date, null);
        }

        public String day() {
            return date == null ? null : String.valueOf(date.getDayOfMonth());
        }
    }

    /** GOV.UK pagination: previous, next and the numbered pages around the current one, with ellipses. */
    record Pagination(int current, int last, String previous, String next, List<Item> items) {

        record Item(Integer number, String href, boolean current) {
            public boolean ellipsis() {
                return number == null;
            }
        }

        static Pagination of(CommitmentPage page, Query query) {
            int last = (int) Math.max(0, (page.total() - 1) / page.size());
            int current = page.page();
            java.util.ArrayList<Item> items = new java.util.ArrayList<>();
            Integer previousShown = null;
            for (int n = 0; n <= last; n++) {
                if (n == 0 || n == last || Math.abs(n - current) <= 1) {
                    if (previousShown != null && n - previousShown > 1) {
                        items.add(new Item(null, null, false));
                    }
                    items.add(new Item(n + 1, "?" + query.onPage(n), n == current));
                    previousShown = n;
                }
            }
            return new Pagination(
                    current,
                    last,
                    current > 0 ? "?" + query.onPage(current - 1) : null,
                    current < last ? "?" + query.onPage(current + 1) : null,
                    items);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
