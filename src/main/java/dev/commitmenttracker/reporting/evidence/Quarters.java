package dev.commitmenttracker.reporting.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calendar quarters named like {@code 2022-Q3}, which sort in time order as text. */
final class Quarters {

    private Quarters() {}

    static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter after {@code quarter}, e.g. 2022-Q4 after 2022-Q3 and 2023-Q1 after 2022-Q4. */
    static String next(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, quarter.indexOf("-Q")));
        int number = Integer.parseInt(quarter.substring(quarter.indexOf("-Q") + 2));
        return number == 4 ? (year + 1) + "-Q1" : year + "-Q" + (number + 1);
    }

    /** Every quarter from {@code first} to {@code last}, both included; empty when last is before first. */
    static List<String> between(String first, String last) {
        List<String> quarters = new ArrayList<>();
        for (String quarter = first; quarter.compareTo(last) <= 0; quarter = next(quarter)) {
            quarters.add(quarter);
        }
        return quarters;
    }
}
