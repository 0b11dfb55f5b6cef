package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.BusinessDates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commitments/new}: record a commitment against one of an inspection's issues. Without script the choice is in
 * two steps: choose the inspection, then its issue, the joint Areas, theme, dates and target. The form carries a fresh
 * id, so sending it twice records one commitment.
 */
@Controller
class NewCommitmentPage {

    private final CommitmentService commitments;
    private final InspectionService inspections;
    private final CurrentUser user;
    private final BusinessDates dates;

    NewCommitmentPage(
            CommitmentService commitments, InspectionService inspections, CurrentUser user, BusinessDates dates) {
        this.commitments = commitments;
        this.inspections = inspections;
        this.user = user;
        this.dates = dates;
    }

    @GetMapping("/commitments/new")
    String form(@RequestParam(required = false) String inspection, Model model) {
        InspectionPages.requireCommander(user);
        FormProblems.none(model);
        MultiValueMap<String, String> initial = new LinkedMultiValueMap<>();
        initial.add("id", UUID.randomUUID().toString());
        if (inspection != null) {
            InspectionState chosen = inspections.get(inspection);
            initial.add("inspectionId", chosen.id());
            initial.add("area", chosen.area().name());
        }
        model.addAttribute("values", new FormInput(initial).echoed("commitment"));
        return page(model, inspection);
    }

    @PostMapping("/commitments/new")
    String record(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        InspectionPages.requireCommander(user);
        FormInput input = new FormInput(form);
        try {
            List<AreaCode> jointWith = input.all("jointWith").stream()
                    .map(code -> {
                        try {
                            return AreaCode.valueOf(code);
                        } catch (IllegalArgumentException e) {
                            throw RuleViolation.invalid(
                                    "validation.unknown-value", "jointWith", "Choose joint Areas from the list.");
                        }
                    })
                    .toList();
            String id = commitments.record(new RecordCommitment(
                    input.text("id"),
                    input.choice("area", AreaCode.class),
                    jointWith,
                    input.text("inspectionId"),
                    input.integer("issueNumber"),
                    input.choice("theme", Theme.class),
                    input.text("text"),
                    dates.notInFuture(input.date("committedOn"), "committedOn"),
                    input.date("dueDate"),
                    input.integer("targetCompliance")));
            redirect.addFlashAttribute("notice", "Commitment recorded. Assign an owner when you know who delivers it.");
            return "redirect:/commitments/" + id;
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN) {
                throw refused;
            }
            FormProblems.show(model, "commitment", refused, input);
            model.addAttribute("checked", input.all("jointWith"));
            response.setStatus(
                    refused.kind() == RuleViolation.Kind.CONFLICT
                            ? HttpServletResponse.SC_CONFLICT
                            : HttpServletResponse.SC_BAD_REQUEST);
            return page(model, input.text("inspectionId"));
        }
    }

    private String page(Model model, String inspectionId) {
        InspectionState inspection = inspectionId == null
                ? null
                : inspections
                        .find(inspectionId)
                        .filter(found -> user.mayRead(List.of(found.area())))
                        .orElse(null);
        model.addAttribute("inspection", inspection);
        model.addAttribute(
                "inspections",
                inspections.list(null).stream()
                        .map(summary -> new CommitmentPages.Option(
                                summary.id(),
                                summary.title() + " (" + summary.area().displayName() + ", " + summary.publishedOn()
                                        + ")"))
                        .toList());
        model.addAttribute(
                "issues",
                inspection == null
                        ? List.of()
                        : inspection.issues().stream()
                                .map(issue -> new CommitmentPages.Option(
                                        String.valueOf(issue.number()), issue.number() + ". " + issue.text()))
                                .toList());
        model.addAttribute("areas", InspectionPages.commandableUnitGroups(user));
        model.addAttribute(
                "allAreas",
                AreaCode.areas().stream()
                        .map(a -> new CommitmentPages.Option(a.name(), a.displayName()))
                        .toList());
        model.addAttribute("themes", InspectionPages.themes());
        if (!model.containsAttribute("checked")) {
            model.addAttribute("checked", List.of());
        }
        return "commitments/new";
    }
}
