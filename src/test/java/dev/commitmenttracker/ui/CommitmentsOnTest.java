package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.commitment.api.CommitmentEvent;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.WorkStarted;
import dev.commitmenttracker.reporting.progress.CommitmentFilter;
import dev.commitmenttracker.reporting.progress.CommitmentListing;
import dev.commitmenttracker.reporting.progress.CommitmentPage;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commitment list as it stood on a date: folded from the histories, filtered, sorted and paged as the list service does today's. */
class CommitmentsOnTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 10);
    static final LocalDate MAR = LocalDate.of(2024, 3, 10);
    static final LocalDate JUN = LocalDate.of(2024, 6, 10);

    final Histories histories = new Histories(List.of(
            List.of(
                    recorded("a", Theme.DISCLOSURE, JAN, LocalDate.of(2024, 2, 1)),
                    new CommitmentAssigned("a", OwnerRole.CCP, null, MAR),
                    new WorkStarted("a", JUN)),
            List.of(recorded("b", Theme.VICTIM_COMMUNICATION, MAR, LocalDate.of(2024, 12, 1))),
            List.of(recorded("c", Theme.CASE_ANALYSIS_STRATEGY, JUN, null))));

    @Test
    void givenHistories_whenListedOnADate_thenOnlyThoseRecordedByThenWithTheirStatusThen() {
        CommitmentPage page = CommitmentsOn.page(
                histories.on(MAR), MAR, new CommitmentFilter(null, null, null, null, null), ListSort.DEFAULT, 0, 20);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(
                        CommitmentListing::id,
                        CommitmentListing::status,
                        CommitmentListing::ownerRole,
                        CommitmentListing::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", CommitmentStatus.ASSIGNED, OwnerRole.CCP, true),
                        org.assertj.core.groups.Tuple.tuple("b", CommitmentStatus.COMMITTED, null, false));
    }

    @Test
    void givenHistories_whenFilteredOnADate_thenTheFilterMeetsTheStateThen() {
        CommitmentFilter overdue = new CommitmentFilter(null, null, null, null, true);
        CommitmentFilter assigned = new CommitmentFilter(CommitmentStatus.ASSIGNED, null, null, null, null);

        assertThat(CommitmentsOn.all(histories.on(JAN), JAN, overdue, ListSort.DEFAULT))
                .isEmpty();
        assertThat(CommitmentsOn.all(histories.on(MAR), MAR, overdue, ListSort.DEFAULT))
                .extracting(CommitmentListing::id)
                .containsExactly("a");
        assertThat(CommitmentsOn.all(histories.on(JUN), JUN, assigned, ListSort.DEFAULT))
                .as("in progress by June")
                .isEmpty();
    }

    @Test
    void givenHistories_whenSorted_thenEmptyValuesLastEitherWayAndPaged() {
        CommitmentFilter any = new CommitmentFilter(null, null, null, null, null);

        assertThat(CommitmentsOn.all(histories.on(JUN), JUN, any, ListSort.parse("dueDate,desc")))
                .extracting(CommitmentListing::id)
                .containsExactly("b", "a", "c");
        assertThat(CommitmentsOn.all(histories.on(JUN), JUN, any, ListSort.parse("theme")))
                .extracting(CommitmentListing::id)
                .containsExactly("c", "a", "b");
        CommitmentPage second = CommitmentsOn.page(histories.on(JUN), JUN, any, ListSort.DEFAULT, 1, 2);
        assertThat(second.items()).extracting(CommitmentListing::id).containsExactly("c");
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void aSortIsReadAsTheApiReadsItAndItsHeaderToggles() {
        assertThat(ListSort.parse(null)).isEqualTo(new ListSort("dueDate", false));
        assertThat(ListSort.parse("status,DESC").param()).isEqualTo("status,desc");
        assertThat(ListSort.DEFAULT.toggled("dueDate")).isEqualTo(new ListSort("dueDate", true));
        assertThat(ListSort.parse("dueDate,desc").toggled("dueDate")).isEqualTo(new ListSort("dueDate", false));
        assertThat(ListSort.parse("dueDate,desc").toggled("theme")).isEqualTo(new ListSort("theme", false));
        assertThat(ListSort.DEFAULT.ariaSort("dueDate")).isEqualTo("ascending");
        assertThat(ListSort.DEFAULT.ariaSort("status")).isEqualTo("none");
        assertThatThrownBy(() -> ListSort.parse("text,asc"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Sort by one of");
    }

    private static CommitmentEvent recorded(String id, Theme theme, LocalDate on, LocalDate due) {
        return new CommitmentRecorded(
                id, AreaCode.LONDON_NORTH, List.of(), null, null, theme, "Commitment " + id, on, due, null);
    }

    /** Each commitment's history, folded to a business date as the past Area page folds the Area's events. */
    record Histories(List<List<CommitmentEvent>> commitments) {

        List<CommitmentState> on(LocalDate date) {
            return commitments.stream()
                    .map(events -> CommitmentState.replay(events.stream()
                            .filter(fact -> !fact.businessDate().isAfter(date))
                            .toList()))
                    .flatMap(java.util.Optional::stream)
                    .toList();
        }
    }
}
