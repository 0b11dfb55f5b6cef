package dev.commitmenttracker.ui;

import dev.commitmenttracker.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.ui.Model;

/**
 * A refusal shown on a form as the GOV.UK error summary and inline errors: the problem+json {@code field} becomes the
 * id of the input ({@code prefix-field}, the day part for a date) the summary links to, the message its text.
 */
final class FormProblems {

    /** One line of the error summary; {@code href} is null when the refusal names no field. */
    record Problem(String field, String href, String message, String code) {}

    private FormProblems() {}

    static Problem of(String prefix, RuleViolation violation, UnaryOperator<String> fieldName) {
        String field = violation.field() == null ? null : fieldName.apply(violation.field());
        String href = null;
        if (field != null) {
            String last = field.substring(field.lastIndexOf('.') + 1);
            href = "#" + FormInput.id(prefix, field) + (FormInput.DATE_FIELDS.contains(last) ? "-day" : "");
        }
        return new Problem(field, href, violation.getMessage(), violation.code());
    }

    /** Puts the summary ({@code problems}), the inline errors by input id ({@code errors}) and the values sent back on the model. */
    static void show(Model model, String prefix, RuleViolation violation, FormInput input) {
        show(model, prefix, violation, input, UnaryOperator.identity());
    }

    /**
     * As {@link #show(Model, String, RuleViolation, FormInput)}, with the refusal's field translated to the form's field
     * name first (a list the form sends with gaps is indexed differently by the service).
     */
    static void show(
            Model model, String prefix, RuleViolation violation, FormInput input, UnaryOperator<String> fieldName) {
        Problem problem = of(prefix, violation, fieldName);
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.field() != null) {
            errors.put(FormInput.id(prefix, problem.field()), problem.message());
        }
        model.addAttribute("problems", List.of(problem));
        model.addAttribute("errors", errors);
        model.addAttribute("values", input.echoed(prefix));
        model.addAttribute("failed", prefix);
    }

    static void none(Model model) {
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
            model.addAttribute("failed", "");
        }
    }
}
