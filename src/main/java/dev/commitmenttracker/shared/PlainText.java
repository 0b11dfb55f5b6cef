package dev.commitmenttracker.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person wrote: no C0 control character (U+0000 to U+001F) and no DEL, except that multi-line text may hold
 * tab, line feed and carriage return; no half of a surrogate pair on its own. PostgreSQL cannot store U+0000 and
 * JSON writers refuse a lone surrogate, so either would stop every projection that stores the text.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** Reason code when the text holds a control character. */
    String CONTROL_CHARACTER = "control-character";
    /** Reason code when the text holds half a surrogate pair. */
    String INVALID_CHARACTER = "invalid-character";

    /** Whether tab, line feed and carriage return are allowed. */
    boolean multiline() default false;

    String message() default CONTROL_CHARACTER;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text; null passes (required fields are the domain's rule). */
    class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            String reason = text == null ? null : firstFault(text, multiline);
            if (reason == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
            return false;
        }

        /** The reason code of the first character the text may not hold, or null when it holds none. */
        public static String firstFault(CharSequence text, boolean multiline) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                        return CONTROL_CHARACTER;
                    }
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return INVALID_CHARACTER;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return INVALID_CHARACTER;
                }
            }
            return null;
        }
    }
}
