package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** The Area page: its figures agree with the API's, the list filters as the API does, and "as it stood on" is the validAt report. */
class AreaPagesIT extends BrowserTest {

    @Test
    void anAreaManagerSeesTheFiguresTheApiReportsForTheirArea() {
        browser.signInAs("manager.london-north");
        JsonNode report = api.as("manager.london-north")
                .get("/api/reports/areas/LONDON_NORTH")
                .json();

        assertThat(browser.path()).isEqualTo("/areas/LONDON_NORTH");
        assertThat(figure("total")).isEqualTo(report.path("total").asString());
        assertThat(figure("closed")).isEqualTo(report.path("closed").asString());
        assertThat(figure("percentClosed"))
                .isEqualTo(report.path("percentClosed").asString());
        assertThat(figure("overdue")).isEqualTo(report.path("overdue").asString());
        assertThat(figure("dueNext30Days"))
                .isEqualTo(report.path("dueNext30Days").asString());
        assertThat(figure("rag").toUpperCase()).isEqualTo(report.path("rag").asString());
        assertThat(browser.findAll("#theme-table tbody tr"))
                .hasSize(report.path("byTheme").size());
        for (WebElement row : browser.findAll("#theme-table tbody tr")) {
            String theme = row.getDomAttribute("data-theme");
            assertThat(row.findElement(org.openqa.selenium.By.cssSelector("[data-figure=total]"))
                            .getText())
                    .as(theme)
                    .isEqualTo(report.path("byTheme").path(theme).path("total").asString());
        }
        assertThat(browser.findAll("#owner-table tbody tr"))
                .hasSize(report.path("byOwnerRole").size());
        JsonNode list = api.as("manager.london-north")
                .get("/api/commitments?area=LONDON_NORTH&size=500")
                .json();
        assertThat(browser.find("#list-count").getText())
                .startsWith(list.path("total").asString() + " commitments");
        assertThat(browser.findAll("#commitment-table tbody tr"))
                .hasSize(Math.min(20, list.path("total").asInt()));
        browser.assertAccessible("area");
    }

    @Test
    void theProgressChartEndsWithTodaysStatusCounts() {
        browser.signInAs("lead.national");
        browser.go("/areas/LONDON_NORTH");
        JsonNode byStatus = api.as("lead.national")
                .get("/api/reports/areas/LONDON_NORTH")
                .json()
                .path("byStatus");

        List<WebElement> months = browser.findAll("#progress-table tbody tr");
        assertThat(months).isNotEmpty();
        List<String> last =
                months.get(months.size() - 1).findElements(org.openqa.selenium.By.cssSelector("td")).stream()
                        .map(cell -> cell.getDomProperty("textContent").trim())
                        .toList();
        long open = byStatus.path("COMMITTED").asLong()
                + byStatus.path("ASSIGNED").asLong()
                + byStatus.path("IN_PROGRESS").asLong();
        assertThat(last)
                .containsExactly(
                        String.valueOf(open),
                        byStatus.path("EVIDENCED").asString(),
                        byStatus.path("CLOSED").asString());
        assertThat(browser.findAll("#progress-chart polyline")).hasSize(3);
    }

    @Test
    void filteringByStatusListsWhatTheApiListsWithTheSameFilter() {
        browser.signInAs("analyst");
        browser.go("/areas/LONDON_NORTH");
        new Select(browser.find("#status")).selectByValue("CLOSED");
        browser.clickAndWait("#apply-filters");

        assertThat(browser.path()).contains("status=CLOSED");
        JsonNode closed = api.as("analyst")
                .get("/api/commitments?area=LONDON_NORTH&status=CLOSED&size=500")
                .json();
        assertThat(closed.path("total").asInt())
                .as("the demo data has closed commitments in London North")
                .isPositive();
        List<String> shown = browser.findAll("#commitment-table tbody tr").stream()
                .map(row -> row.getDomAttribute("data-commitment"))
                .toList();
        List<String> expected = new java.util.ArrayList<>();
        closed.path("items").forEach(item -> expected.add(item.path("id").asString()));
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(browser.findAll("#commitment-table tbody .govuk-tag"))
                .allSatisfy(tag -> assertThat(tag.getText()).isIn("Closed", "Overdue"));
        browser.assertAccessible("area-filtered");

        HttpResponse<String> csv = browser.fetch("/areas/LONDON_NORTH/commitments.csv?status=CLOSED");
        assertThat(csv.body())
                .isEqualTo(api.as("analyst")
                        .get("/api/commitments?area=LONDON_NORTH&status=CLOSED", "text/csv")
                        .body());
    }

    @Test
    void asItStoodOnADateShowsTheValidAtReportClearlyMarked() {
        browser.signInAs("inspector");
        browser.go("/areas/LONDON_SOUTH");
        LocalDate then = LocalDate.of(2019, 10, 15);
        browser.fill("validAt-day", "15").fill("validAt-month", "10").fill("validAt-year", "2019");
        browser.clickAndWait("#show-as-it-stood");

        JsonNode report = api.as("inspector")
                .get("/api/reports/areas/LONDON_SOUTH?validAt=" + then)
                .json();
        JsonNode today =
                api.as("inspector").get("/api/reports/areas/LONDON_SOUTH").json();
        assertThat(browser.find("#as-it-stood").getText()).contains("as it stood on 15 October 2019");
        assertThat(figure("total")).isEqualTo(report.path("total").asString());
        assertThat(figure("closed")).isEqualTo(report.path("closed").asString());
        assertThat(figure("overdue")).isEqualTo(report.path("overdue").asString());
        assertThat(report.path("closed").asLong() + report.path("total").asLong())
                .as("the past differs from today, or this test proves nothing")
                .isNotEqualTo(
                        today.path("closed").asLong() + today.path("total").asLong());
        assertThat(browser.fetch("/areas/LONDON_SOUTH/figures.csv?validAt=" + then)
                        .body())
                .isEqualTo(api.as("inspector")
                        .get("/api/reports/areas/LONDON_SOUTH?validAt=" + then, "text/csv")
                        .body());
        browser.assertAccessible("area-as-it-stood");
    }

    @Test
    void asItStoodOnADateTheListAndTheChartAreAsTheyStoodThenToo() {
        browser.signInAs("inspector");
        browser.go("/areas/LONDON_SOUTH");
        // the demo data is dated back from the test clock's today: by then one London South commitment was closed, now
        // more are
        LocalDate then = LocalDate.of(2024, 7, 1);
        browser.fill("validAt-day", "1").fill("validAt-month", "7").fill("validAt-year", "2024");
        browser.clickAndWait("#show-as-it-stood");
        JsonNode report = api.as("inspector")
                .get("/api/reports/areas/LONDON_SOUTH?validAt=" + then)
                .json();
        JsonNode byStatus = report.path("byStatus");
        assertThat(report.path("closed").asLong())
                .as("the past differs from today, or this test proves nothing")
                .isPositive()
                .isNotEqualTo(api.as("inspector")
                        .get("/api/reports/areas/LONDON_SOUTH")
                        .json()
                        .path("closed")
                        .asLong());

        assertThat(browser.find("#commitments-heading").getText())
                .isEqualTo("Commitments as they stood on 1 July 2024");
        assertThat(browser.find("#list-count").getText())
                .startsWith(report.path("total").asString() + " commitments");
        for (WebElement row : browser.findAll("#commitment-table tbody tr")) {
            String id = row.getDomAttribute("data-commitment");
            JsonNode thenState = api.as("inspector")
                    .get("/api/commitments/" + id + "?validAt=" + then)
                    .json();
            assertThat(row.findElement(org.openqa.selenium.By.cssSelector("td:last-child .govuk-tag"))
                            .getText())
                    .as(id)
                    .isEqualTo(Labels.sentence(thenState.path("status").asString()));
        }
        List<WebElement> months = browser.findAll("#progress-table tbody tr");
        assertThat(months.get(months.size() - 1).getDomAttribute("data-month"))
                .as("the chart stops at that date")
                .isEqualTo("2024-07");
        List<String> last =
                months.get(months.size() - 1).findElements(org.openqa.selenium.By.cssSelector("td")).stream()
                        .map(cell -> cell.getDomProperty("textContent").trim())
                        .toList();
        long open = byStatus.path("COMMITTED").asLong()
                + byStatus.path("ASSIGNED").asLong()
                + byStatus.path("IN_PROGRESS").asLong();
        assertThat(last)
                .containsExactly(
                        String.valueOf(open),
                        byStatus.path("EVIDENCED").asString(),
                        byStatus.path("CLOSED").asString());
        browser.assertAccessible("area-past");
        List<String> progressCsv = browser.fetch("/areas/LONDON_SOUTH/progress.csv?validAt=" + then)
                .body()
                .lines()
                .toList();
        assertThat(progressCsv.get(progressCsv.size() - 1))
                .as("the download stops where the chart does")
                .isEqualTo("2024-07," + then + "," + String.join(",", last));

        new Select(browser.find("#status")).selectByValue("CLOSED");
        browser.clickAndWait("#apply-filters");
        assertThat(browser.path())
                .contains("status=CLOSED")
                .contains("validAt-day=1")
                .contains("validAt-year=2024");
        assertThat(browser.find("#list-count").getText())
                .startsWith(report.path("closed").asString() + " commitments");
        assertThat(browser.fetch("/areas/LONDON_SOUTH/commitments.csv?status=CLOSED&validAt=" + then)
                        .body()
                        .lines()
                        .count())
                .as("the CSV is the list as it stood then: a header and one line per closed commitment")
                .isEqualTo(1 + report.path("closed").asLong());
        browser.assertAccessible("area-as-it-stood-filtered");
    }

    @Test
    void aColumnHeaderSortsTheListAsTheApiSortsItKeepingTheFilters() {
        browser.signInAs("analyst");
        String status = api.as("analyst")
                .get("/api/commitments?area=LONDON_NORTH&size=1")
                .json()
                .path("items")
                .get(0)
                .path("status")
                .asString();
        browser.go("/areas/LONDON_NORTH?status=" + status);
        assertThat(browser.find("#commitment-table th[data-sort=dueDate]").getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(browser.find("#commitment-table th[data-sort=status]").getDomAttribute("aria-sort"))
                .isEqualTo("none");

        browser.clickAndWait("#commitment-table th[data-sort=dueDate] a");
        assertThat(browser.path()).contains("status=" + status).contains("sort=dueDate%2Cdesc");
        assertThat(browser.find("#commitment-table th[data-sort=dueDate]").getDomAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(listed())
                .containsExactlyElementsOf(
                        apiIds("/api/commitments?area=LONDON_NORTH&status=" + status + "&sort=dueDate,desc&size=20"));
        assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("dueDate,desc");

        browser.go("/areas/LONDON_NORTH");
        browser.clickAndWait("#commitment-table th[data-sort=theme] a");
        assertThat(browser.find("#commitment-table th[data-sort=theme]").getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(listed())
                .containsExactlyElementsOf(apiIds("/api/commitments?area=LONDON_NORTH&sort=theme,asc&size=20"));
        browser.assertAccessible("area-sorted");
    }

    private static List<String> listed() {
        return browser.findAll("#commitment-table tbody tr").stream()
                .map(row -> row.getDomAttribute("data-commitment"))
                .toList();
    }

    private List<String> apiIds(String path) {
        List<String> ids = new java.util.ArrayList<>();
        api.as("analyst")
                .get(path)
                .json()
                .path("items")
                .forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Test
    void anImpossibleDateShowsTheErrorSummaryLinkedToTheDateInput() {
        browser.signInAs("inspector");
        browser.go("/areas/LONDON_SOUTH");
        browser.fill("validAt-day", "31").fill("validAt-month", "2").fill("validAt-year", "2020");
        browser.clickAndWait("#show-as-it-stood");

        assertThat(browser.find(".govuk-error-summary").getText()).contains("The date must be a real date");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#validAt-day");
        assertThat(browser.find("#validAt-error").getText()).contains("The date must be a real date");
        assertThat(browser.findAll("#as-it-stood")).isEmpty();
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.assertAccessible("area-date-error");
    }

    @Test
    void aManagerOpeningAnotherAreaGetsTheForbiddenPage() {
        browser.signInAs("manager.london-north");
        browser.go("/areas/NORTH_WEST");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        // the one read rule's wording (CurrentUser.requireMayRead), as the API gives it: what may be read, and what
        // this concerns
        assertThat(browser.find("#main-content").getText())
                .contains("signed in as manager.london-north")
                .contains("You may read only what concerns your own Areas (LONDON_NORTH): this concerns NORTH_WEST.");
        assertThat(browser.fetch("/areas/NORTH_WEST").statusCode()).isEqualTo(403);
        assertThat(browser.fetch("/areas/NORTH_WEST/commitments.csv").statusCode())
                .isEqualTo(403);
        browser.assertAccessible("error-403");
    }

    private static String figure(String name) {
        return browser.find("#figures [data-figure=" + name + "]").getText();
    }
}
