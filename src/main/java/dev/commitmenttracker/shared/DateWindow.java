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
import java.time.LocalDate;

/**
 * A date from {@link Limits#EARLIEST_DATE} to {@link Limits#LATEST_DATE}: every date column of every read model and
 * every derived value (a quarter such as {@code 2100-Q4}) holds it, on H2 and on PostgreSQL.
 */
@Documented
@Constraint(validatedBy = DateWindow.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface DateWindow {

    String message() default "date-out-of-window";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a date; null passes (required fields are the domain's rule). */
    class Check implements ConstraintValidator<DateWindow, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !(date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE));
        }
    }
}
