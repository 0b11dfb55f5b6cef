package dev.commitmenttracker.contacts;

import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.RuleViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.regex.Pattern;

/**
 * The checks on a contact's name and email. Bean Validation's {@code @Email} lets through addresses no mail server
 * of ours would route (no dot in the domain, quoted local parts, addresses in other scripts), so a stricter rule
 * follows it: an ASCII local part of at most 64 characters without leading, trailing or doubled dots, and a domain
 * of labels joined by dots with at least two labels. Refusals are {@code validation.required}, {@code
 * validation.too-long}, {@code validation.control-character} and {@code validation.email}.
 */
final class ContactAddress {

    static final int EMAIL_MAX = 254;

    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private ContactAddress() {}

    /** The bean that {@code @Email} checks. */
    record EmailValue(@Email String email) {}

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw RuleViolation.invalid("validation.required", "name", "The name of the person is required.");
        }
        String trimmed = name.strip();
        RuleViolation.requireValid(
                trimmed.length() <= Limits.NAME,
                "name",
                "too-long",
                "The name is limited to " + Limits.NAME + " characters.");
        RuleViolation.requireValid(
                trimmed.chars().noneMatch(Character::isISOControl),
                "name",
                "control-character",
                "The name holds a control character; it is one line of plain text.");
        return trimmed;
    }

    static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            throw RuleViolation.invalid("validation.required", "email", "The email address is required.");
        }
        String trimmed = email.strip();
        RuleViolation.requireValid(
                trimmed.length() <= EMAIL_MAX,
                "email",
                "too-long",
                "An email address is at most " + EMAIL_MAX + " characters.");
        RuleViolation.requireValid(
                VALIDATOR.validate(new EmailValue(trimmed)).isEmpty() && strict(trimmed),
                "email",
                "email",
                "'" + echo(trimmed) + "' is not an email address: write it as name@example.gov.uk.");
        return trimmed;
    }

    static boolean strict(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at != email.indexOf('@')) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        return local.length() <= 64
                && LOCAL.matcher(local).matches()
                && domain.length() <= 253
                && DOMAIN.matcher(domain).matches();
    }

    private static String echo(String value) {
        String plain = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return plain.length() > 80 ? plain.substring(0, 80) + "…" : plain;
    }
}
