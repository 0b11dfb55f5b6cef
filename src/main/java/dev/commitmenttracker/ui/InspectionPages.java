package dev.commitmenttracker.ui;

import dev.commitmenttracker.inspection.FindingsReport;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.BusinessDates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /inspections/new}: record an inspection with its ratings and numbered issues to address. The form has a fixed
 * number of blank issue rows; "Add another issue" is a submit button that shows the same form with one row more, so
 * it needs no script. Rows left wholly blank are not sent to the service. The form carries a fresh id, so sending it
 * twice records one inspection.
 */
@Controller
class InspectionPages {

    static final int ISSUE_ROWS = 10;
    static final int RATING_ROWS = 5;
    private static final Pattern INDEXED = Pattern.compile("^issues\\[(\\d+)](.*)$");

    private final InspectionService inspections;
    private final CurrentUser user;
    private final BusinessDates dates;
    private final FindingsReport findings;

    InspectionPages(InspectionService inspections, CurrentUser user, BusinessDates dates, FindingsReport findings) {
        this.inspections = inspections;
        this.user = user;
        this.dates = dates;
        this.findings = findings;
    }

    /**
     * An inspection's findings as a table: each finding, whom it is addressed to, the commitments answering it and its
     * latest follow-up grade (the findings report, {@code GET /api/reports/inspections/{id}/findings}).
     */
    @GetMapping("/inspections/{id}/findings")
    String findings(@PathVariable String id, Model model) {
        model.addAttribute("report", findings.of(id));
        return "inspections/findings";
    }

    @GetMapping("/inspections/new")
    String form(Model model) {
        requireCommander(user);
        FormProblems.none(model);
        MultiValueMap<String, String> blank = new LinkedMultiValueMap<>();
        blank.add("id", UUID.randomUUID().toString());
        for (int row = 0; row < ISSUE_ROWS; row++) {
            blank.add("issues[" + row + "].number", String.valueOf(row + 1));
        }
        model.addAttribute("values", new FormInput(blank).echoed("inspection"));
        return page(model, ISSUE_ROWS);
    }

    @PostMapping("/inspections/new")
    String record(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireCommander(user);
        FormInput input = new FormInput(form);
        int rows = rows(input);
        if (input.text("add") != null) {
            FormProblems.none(model);
            MultiValueMap<String, String> more = new LinkedMultiValueMap<>(form);
            more.add("issues[" + rows + "].number", String.valueOf(rows + 1));
            model.addAttribute("values", new FormInput(more).echoed("inspection"));
            return page(model, rows + 1);
        }
        List<Integer> sentRows = new ArrayList<>();
        try {
            List<IssueToAddress> issues = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                String prefix = "issues[" + row + "].";
                if (input.text(prefix + "text") == null && input.text(prefix + "theme") == null) {
                    continue;
                }
                sentRows.add(row);
                issues.add(new IssueToAddress(
                        input.integer(prefix + "number"),
                        input.text(prefix + "text"),
                        input.choice(prefix + "theme", Theme.class)));
            }
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (int row = 0; row < RATING_ROWS; row++) {
                String domain = input.text("ratings[" + row + "].domain");
                Rating rating = input.choice("ratings[" + row + "].rating", Rating.class);
                if (domain != null || rating != null) {
                    RuleViolation.requireValid(
                            domain != null && rating != null,
                            "ratings[" + row + "].domain",
                            "invalid",
                            "Each rating names its domain and a grade.");
                    ratings.put(domain, rating);
                }
            }
            String id = inspections.record(new RecordInspection(
                    input.text("id"),
                    input.choice("area", AreaCode.class),
                    input.choice("kind", InspectionKind.class),
                    input.text("title"),
                    dates.notInFuture(input.date("publishedOn"), "publishedOn"),
                    ratings,
                    issues));
            redirect.addFlashAttribute(
                    "notice",
                    "Inspection recorded with " + issues.size()
                            + " issues to address. Record the commitments that answer them.");
            return "redirect:/commitments/new?inspection=" + id;
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN) {
                throw refused;
            }
            FormProblems.show(model, "inspection", refused, input, field -> formField(field, sentRows));
            response.setStatus(
                    refused.kind() == RuleViolation.Kind.CONFLICT
                            ? HttpServletResponse.SC_CONFLICT
                            : HttpServletResponse.SC_BAD_REQUEST);
            return page(model, rows);
        }
    }

    /** The service numbers the issues it was sent; the form numbers its rows, blank ones included. */
    static String formField(String field, List<Integer> sentRows) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches() && Integer.parseInt(indexed.group(1)) < sentRows.size()) {
            return "issues[" + sentRows.get(Integer.parseInt(indexed.group(1))) + "]" + indexed.group(2);
        }
        return field.equals("ratings") ? "ratings[0].domain" : field;
    }

    private static int rows(FormInput input) {
        Integer rows = input.integer("issueRows");
        return rows == null || rows < 1 ? ISSUE_ROWS : Math.min(rows, 200);
    }

    private String page(Model model, int rows) {
        model.addAttribute("issueRows", rows);
        model.addAttribute("ratingRows", RATING_ROWS);
        model.addAttribute("areas", commandableUnitGroups(user));
        model.addAttribute(
                "kinds",
                Arrays.stream(InspectionKind.values())
                        .map(k -> new CommitmentPages.Option(k.name(), Labels.sentence(k.name())))
                        .toList());
        model.addAttribute("themes", themes());
        model.addAttribute(
                "ratings",
                Arrays.stream(Rating.values())
                        .map(r -> new CommitmentPages.Option(r.name(), Labels.sentence(r.name())))
                        .toList());
        return "inspections/new";
    }

    static List<CommitmentPages.Option> themes() {
        return Arrays.stream(Theme.values())
                .map(t -> new CommitmentPages.Option(t.name(), Labels.sentence(t.name())))
                .toList();
    }

    /**
     * The units the user may record for, grouped for a chooser: every unit for a national lead (Areas, the national
     * level, CPS Direct, the divisions), an Area manager's own otherwise.
     */
    static List<OptionGroup> commandableUnitGroups(CurrentUser user) {
        return unitGroups(
                Arrays.stream(AreaCode.values()).filter(user::mayCreateFor).toList(), AreaCode::name);
    }

    /** These units as options, the Areas first, then "National and other units" (ADR 0014). */
    static List<OptionGroup> unitGroups(List<AreaCode> units, Function<AreaCode, String> value) {
        List<CommitmentPages.Option> areas = new ArrayList<>();
        List<CommitmentPages.Option> others = new ArrayList<>();
        for (AreaCode unit : units) {
            (unit.isArea() ? areas : others).add(new CommitmentPages.Option(value.apply(unit), unit.displayName()));
        }
        List<OptionGroup> groups = new ArrayList<>();
        if (!areas.isEmpty()) {
            groups.add(new OptionGroup("Areas", areas));
        }
        if (!others.isEmpty()) {
            groups.add(new OptionGroup("National and other units", others));
        }
        return groups;
    }

    /** Options under a heading ({@code optgroup}). */
    record OptionGroup(String label, List<CommitmentPages.Option> options) {}

    static void requireCommander(CurrentUser user) {
        if (!(user.has(TrackerRole.AREA_MANAGER) || user.has(TrackerRole.NATIONAL_LEAD))) {
            throw RuleViolation.forbidden(
                    "auth.forbidden", "Only Area managers and national leads record inspections and commitments.");
        }
    }
}
