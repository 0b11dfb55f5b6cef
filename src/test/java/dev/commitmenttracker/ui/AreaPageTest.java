package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.reporting.progress.CommitmentPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Area page's own logic: GOV.UK pagination and reading the "as it stood on" date input. */
class AreaPageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void pagesAroundTheCurrentOneAreNumberedAndTheRestElided() {
        AreaPage.Pagination pages =
                AreaPage.Pagination.of(new CommitmentPage(List.of(), 4, 20, 195), new AreaPage.Query());

        assertThat(pages.items())
                .extracting(AreaPage.Pagination.Item::number)
                .containsExactly(1, null, 4, 5, 6, null, 10);
        assertThat(pages.items())
                .filteredOn(AreaPage.Pagination.Item::current)
                .extracting(AreaPage.Pagination.Item::number)
                .containsExactly(5);
        assertThat(pages.previous()).isEqualTo("?page=3");
        assertThat(pages.next()).isEqualTo("?page=5");
    }

    @Test
    void everyPageLinkKeepsTheFiltersTheOrderAndTheDate() {
        AreaPage.Query query = new AreaPage(null, null, null, null).query("15", "10", "2019");
        query.setStatus(dev.commitmenttracker.commitment.api.CommitmentStatus.CLOSED);
        query.setTheme("victim-communication");
        query.setSort("theme,desc");

        AreaPage.Pagination pages = AreaPage.Pagination.of(new CommitmentPage(List.of(), 1, 20, 45), query);

        String kept =
                "status=CLOSED&theme=victim-communication&sort=theme%2Cdesc&validAt-day=15&validAt-month=10&validAt-year=2019";
        assertThat(pages.previous()).isEqualTo("?" + kept);
        assertThat(pages.next()).isEqualTo("?" + kept + "&page=2");
        assertThat(pages.items())
                .extracting(AreaPage.Pagination.Item::href)
                .containsExactly("?" + kept, "?" + kept + "&page=1", "?" + kept + "&page=2");
        assertThat(query.sortedBy(ListSort.parse(query.getSort()).toggled("dueDate")))
                .isEqualTo(
                        "?status=CLOSED&theme=victim-communication&sort=dueDate%2Casc&validAt-day=15&validAt-month=10&validAt-year=2019#commitments-heading");
    }

    @Test
    void theFirstAndOnlyPageHasNoPreviousOrNext() {
        AreaPage.Pagination pages =
                AreaPage.Pagination.of(new CommitmentPage(List.of(), 0, 20, 7), new AreaPage.Query());

        assertThat(pages.last()).isZero();
        assertThat(pages.previous()).isNull();
        assertThat(pages.next()).isNull();
    }

    @Test
    void theDateInputIsReadAsOneDateOrExplained() {
        assertThat(validAt("15", "10", "2019")).isEqualTo(new AreaPage.ValidAt(LocalDate.of(2019, 10, 15), null));
        assertThat(validAt(null, null, null)).isEqualTo(new AreaPage.ValidAt(null, null));
        assertThat(validAt("31", "2", "2020").error()).isEqualTo("The date must be a real date, like 31 3 2025");
        assertThat(validAt("1", null, "2020").error()).isEqualTo("The date must include a day, a month and a year");
        assertThat(validAt("11", "3", "2026").error()).isEqualTo("The date must be today or in the past");
    }

    private static AreaPage.ValidAt validAt(String day, String month, String year) {
        AreaPage.Query query = new AreaPage(null, null, null, null).query(day, month, year);
        return AreaPage.ValidAt.read(query, TODAY);
    }
}
