package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Business dates of requests: "today" by the tracker's clock (Europe/London), and never a date in the future. */
@Component
public class BusinessDates {

    private final Clock clock;

    BusinessDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date of an act: as given, or today when none is given; refused when it lies in the future. */
    public LocalDate actDate(LocalDate on) {
        return notInFuture(on == null ? today() : on, "on");
    }

    /** Refuses a date after today; passes null through for the required-field checks of the domain. */
    public LocalDate notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(today())) {
            throw RuleViolation.invalid(
                    "validation.in-future",
                    field,
                    "The " + field + " date " + date + " is in the future; today is " + today() + ".");
        }
        return date;
    }
}
