package dev.commitmenttracker.reporting;

import java.time.LocalDate;

/** Calendar quarters named like {@code 2022-Q3}, which sort in time order as text. */
final class Quarters {

    private Quarters() {
    }

    static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
