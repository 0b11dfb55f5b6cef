package dev.commitmenttracker.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class ProgressReportsSortTest {

    @Test
    void byDefaultTheListIsByDueDateWithUndatedLastThenById() {
        assertThat(ProgressReports.sortBy(null))
                .containsExactly(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id"));
    }

    @Test
    void aFieldMayBeSortedEitherWayAndIdBreaksTies() {
        assertThat(ProgressReports.sortBy("committedOn,desc"))
                .containsExactly(Sort.Order.desc("committedOn").nullsLast(), Sort.Order.asc("id"));
        assertThat(ProgressReports.sortBy("area"))
                .containsExactly(Sort.Order.asc("area").nullsLast(), Sort.Order.asc("id"));
        assertThat(ProgressReports.sortBy("id,desc")).containsExactly(Sort.Order.desc("id"));
    }

    @Test
    void anUnknownFieldOrDirectionIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"colour", "dueDate,up", "dueDate,asc,again", "text"}) {
            assertThatThrownBy(() -> ProgressReports.sortBy(bad))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.code()).isEqualTo("validation.unreadable");
                        assertThat(violation.field()).isEqualTo("sort");
                    });
        }
    }
}
