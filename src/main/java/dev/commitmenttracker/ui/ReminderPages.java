package dev.commitmenttracker.ui;

import dev.commitmenttracker.contacts.ContactBook;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.reporting.reminders.DailyRun;
import dev.commitmenttracker.reporting.reminders.Notifications;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /units/{unit}/contacts}: who holds each owner role in a unit, kept by a national lead and the unit's managers
 * (the same service and rule as the API); {@code /notifications}: the messages the reminders wrote, sent or (on the
 * outbox-only default) what would be sent, and for a national lead a button that runs the daily job now.
 */
@Controller
class ReminderPages {

    /** A role of the unit and who holds it, if anyone. */
    record RoleRow(OwnerRole role, UnitContact contact) {}

    /** An option of a select: its value and label. */
    record Option(String value, String label) {}

    private final ContactBook contacts;
    private final Notifications notifications;
    private final DailyRun dailyRun;

    ReminderPages(ContactBook contacts, Notifications notifications, DailyRun dailyRun) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.dailyRun = dailyRun;
    }

    @GetMapping("/units/{unit}/contacts")
    String contacts(@PathVariable String unit, Model model) {
        AreaCode code = unit(unit);
        FormProblems.none(model);
        return contactsPage(code, model);
    }

    @PostMapping("/units/{unit}/contacts")
    String put(
            @PathVariable String unit,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        AreaCode code = unit(unit);
        FormInput input = new FormInput(form);
        try {
            String role = form.getFirst("ownerRole");
            if (role == null || role.isBlank()) {
                throw RuleViolation.invalid("validation.required", "ownerRole", "Choose the owner role.");
            }
            OwnerRole ownerRole = Arrays.stream(OwnerRole.values())
                    .filter(r -> r.name().equals(role))
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.invalid(
                            "validation.unreadable", "ownerRole", "Choose one of the owner roles listed."));
            UnitContact saved = contacts.put(code, ownerRole, form.getFirst("name"), form.getFirst("email"));
            redirect.addFlashAttribute(
                    "notice",
                    saved.name() + " is recorded as " + ownerRole.title() + " of " + code.displayName() + ".");
            return "redirect:/units/" + code.name() + "/contacts";
        } catch (RuleViolation violation) {
            if (violation.kind() != RuleViolation.Kind.INVALID_INPUT) {
                throw violation;
            }
            FormProblems.show(model, "contact", violation, input);
            return contactsPage(code, model);
        }
    }

    @PostMapping("/units/{unit}/contacts/{ownerRole}/remove")
    String remove(
            @PathVariable String unit,
            @PathVariable OwnerRole ownerRole,
            @RequestParam(defaultValue = "false") boolean erase,
            RedirectAttributes redirect) {
        AreaCode code = unit(unit);
        contacts.remove(code, ownerRole, erase);
        redirect.addFlashAttribute(
                "notice",
                "Nobody is recorded as " + ownerRole.title() + " of " + code.displayName() + " now"
                        + (erase ? "; earlier names and emails were erased." : "."));
        return "redirect:/units/" + code.name() + "/contacts";
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("nav", "notifications");
        model.addAttribute("delivery", notifications.delivery());
        model.addAttribute("notifications", notifications.visible(200));
        model.addAttribute("mayRun", mayRun());
        return "reminders/notifications";
    }

    @PostMapping("/notifications/daily-run")
    String run(RedirectAttributes redirect) {
        notifications.requireMayRun();
        DailyRun.Answer answer = dailyRun.run("request");
        redirect.addFlashAttribute(
                "notice",
                "The daily job ran for " + answer.day() + ": " + answer.queued() + " new messages written, "
                        + answer.sent() + " sent.");
        return "redirect:/notifications";
    }

    private boolean mayRun() {
        try {
            notifications.requireMayRun();
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    private String contactsPage(AreaCode unit, Model model) {
        Map<OwnerRole, UnitContact> held =
                contacts.of(unit).stream().collect(Collectors.toMap(UnitContact::ownerRole, Function.identity()));
        model.addAttribute("unit", unit);
        model.addAttribute(
                "rows",
                Arrays.stream(OwnerRole.values())
                        .map(role -> new RoleRow(role, held.get(role)))
                        .toList());
        model.addAttribute(
                "roles",
                Arrays.stream(OwnerRole.values())
                        .map(role -> new Option(role.name(), role.title()))
                        .toList());
        model.addAttribute("history", contacts.history(unit).reversed());
        return "reminders/contacts";
    }

    private static AreaCode unit(String unit) {
        return Arrays.stream(AreaCode.values())
                .filter(code -> code.name().equals(unit))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("unit.not-found", "There is no CPS unit '" + unit + "'."));
    }
}
