package dev.commitmenttracker.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Checks every command against the {@link Limits} its record declares, before the command is sent: on every path
 * (the API, the importer's commit, the demo loader, pages to come), since all of them dispatch on the one command
 * bus. A breach is refused as {@link RuleViolation#invalid} with the code {@code validation.<reason>} and the field
 * as the JSON bodies name it, so nothing that breaks a read model is ever stored.
 */
@Component
public class CommandLimits implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final Comparator<RuleViolation> FIRST =
            Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::code);

    private final Validator validator;

    CommandLimits(Validator validator, CommandBus commandBus) {
        this.validator = validator;
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            check(command.getPayload());
            return command;
        };
    }

    /**
     * Refuses the command when it breaks a limit; the first breach by field name is reported. Also for commands built
     * before any is sent: the importer checks a whole draft before it records any of it.
     */
    public void check(Object command) {
        validator.validate(command).stream()
                .map(CommandLimits::refusal)
                .min(FIRST)
                .ifPresent(refusal -> {
                    throw refusal;
                });
    }

    static RuleViolation refusal(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        if (constraint instanceof Size) {
            Object max = attributes.get("max");
            return value instanceof CharSequence
                    ? RuleViolation.invalid(
                            "validation.too-long", field, "The " + field + " is limited to " + max + " characters.")
                    : RuleViolation.invalid(
                            "validation.too-many",
                            field,
                            "The " + field + " holds at most " + max + " entries"
                                    + (value instanceof Collection<?> || value instanceof Map<?, ?>
                                            ? "; " + size(value) + " were sent."
                                            : "."));
        }
        if (constraint instanceof Min
                || constraint instanceof Max
                || constraint instanceof DecimalMin
                || constraint instanceof DecimalMax) {
            return RuleViolation.invalid(
                    "validation.out-of-range",
                    field,
                    "The " + field + " must be "
                            + (constraint instanceof Min || constraint instanceof DecimalMin ? "at least " : "at most ")
                            + attributes.get("value")
                            + "; " + value + " was sent.");
        }
        if (constraint instanceof PastOrPresent) {
            return RuleViolation.invalid(
                    "validation.in-future", field, "The " + field + " date " + value + " is in the future.");
        }
        if (constraint instanceof DateWindow) {
            return RuleViolation.invalid(
                    "validation.date-out-of-window",
                    field,
                    "The " + field + " date " + value + " lies outside " + Limits.EARLIEST_DATE + " to "
                            + Limits.LATEST_DATE + ".");
        }
        if (constraint instanceof PlainText) {
            return PlainText.INVALID_CHARACTER.equals(violation.getMessage())
                    ? RuleViolation.invalid(
                            "validation.invalid-character",
                            field,
                            "The " + field + " holds half of a surrogate pair: " + "send it as UTF-8 text.")
                    : RuleViolation.invalid(
                            "validation.control-character",
                            field,
                            "The " + field + " holds a control character"
                                    + (((PlainText) constraint).multiline()
                                            ? " other than tab or a line break."
                                            : "; it is one line of plain text."));
        }
        return RuleViolation.invalid(
                "validation.invalid", field, "The " + field + " is not valid: " + violation.getMessage());
    }

    private static int size(Object value) {
        return value instanceof Collection<?> collection ? collection.size() : ((Map<?, ?>) value).size();
    }

    /** The field as the JSON bodies name it: {@code issues[3].text}, {@code ratings[Casework Quality]}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
