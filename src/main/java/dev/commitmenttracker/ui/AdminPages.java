package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ProjectionStatus;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/projections}, for national leads as {@code /api/admin/**} is: where each projection stands (position,
 * lag behind the newest event, errors) and a rebuild from the first event, asked for on a page of its own and confirmed
 * there, since the projection's figures are empty until the replay catches up.
 */
@Controller
class AdminPages {

    /** A projection as the page lists it: its status and how many events it is behind the newest. */
    record Row(ProjectionStatus status, Long lag) {

        /** The nodes holding the projection's segments, with how many each holds (from the token rows, ADR 0017). */
        public String holders() {
            Map<String, Integer> held = new TreeMap<>();
            int free = 0;
            for (ProjectionStatus.Segment segment : status.segments()) {
                if (segment.owner() == null) {
                    free++;
                } else {
                    held.merge(segment.owner(), 1, Integer::sum);
                }
            }
            List<String> parts = new ArrayList<>();
            held.forEach((node, count) -> parts.add(node + ": " + count));
            if (free > 0) {
                parts.add("none: " + free);
            }
            return String.join(", ", parts);
        }
    }

    private final ProjectionAdmin admin;
    private final CurrentUser user;

    AdminPages(ProjectionAdmin admin, CurrentUser user) {
        this.admin = admin;
        this.user = user;
    }

    @GetMapping("/admin/projections")
    String projections(Model model) {
        requireNationalLead();
        List<ProjectionStatus> statuses = admin.statuses();
        model.addAttribute("nav", "admin");
        model.addAttribute(
                "head", statuses.isEmpty() ? admin.head() : statuses.get(0).head());
        model.addAttribute(
                "rows",
                statuses.stream().map(status -> new Row(status, lag(status))).toList());
        return "admin/projections";
    }

    @GetMapping("/admin/projections/{name}/rebuild")
    String confirm(@PathVariable String name, Model model) {
        requireNationalLead();
        ProjectionStatus status = admin.statuses().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        RuleViolation.notFound("projection.not-found", "There is no projection named '" + name + "'."));
        model.addAttribute("nav", "admin");
        model.addAttribute("projection", new Row(status, lag(status)));
        return "admin/rebuild";
    }

    @PostMapping("/admin/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        requireNationalLead();
        admin.rebuild(name);
        redirect.addFlashAttribute(
                "notice",
                "Rebuilding " + name + " from the first event. Its figures fill in as the replay catches up.");
        return "redirect:/admin/projections";
    }

    /** How many events the projection has still to handle: the reporting side's own figure ({@link ProjectionStatus#lag}). */
    private static Long lag(ProjectionStatus status) {
        return status.lag();
    }

    private void requireNationalLead() {
        if (!user.has(TrackerRole.NATIONAL_LEAD)) {
            throw RuleViolation.forbidden("auth.forbidden", "Only national leads look after the projections.");
        }
    }
}
