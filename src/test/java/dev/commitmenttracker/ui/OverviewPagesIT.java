package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The national overview shows the figures the API reports, for the same scope, as a table, a chart and a download. */
class OverviewPagesIT extends BrowserTest {

    @Test
    void theOverviewShowsEachAreasFiguresAsTheApiReportsThem() {
        browser.signInAs("analyst");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Commitments in every Area");
        Map<String, String> expected = new LinkedHashMap<>();
        for (JsonNode area : api.as("analyst").get("/api/reports/areas").json()) {
            expected.put(
                    area.path("area").asString(),
                    String.join(
                            " ",
                            area.path("total").asString(),
                            area.path("closed").asString(),
                            area.path("percentClosed").asString(),
                            area.path("overdue").asString(),
                            area.path("dueNext30Days").asString(),
                            area.path("rag").asString()));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        Map<String, String> shown = new LinkedHashMap<>();
        // the Areas' table, then the national level's, CPS Direct's and the divisions' below it (ADR 0014)
        for (WebElement row : browser.findAll("#areas-table tbody tr, #units-table tbody tr")) {
            shown.put(
                    row.getDomAttribute("data-area"),
                    String.join(
                            " ",
                            figure(row, "total"),
                            figure(row, "closed"),
                            figure(row, "percentClosed"),
                            figure(row, "overdue"),
                            figure(row, "dueNext30Days"),
                            row.findElement(By.cssSelector(".govuk-tag"))
                                    .getText()
                                    .toUpperCase()));
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(browser.findAll("#units-table tbody tr"))
                .extracting(row -> row.getDomAttribute("data-area"))
                .containsExactly("NATIONAL", "CPS_DIRECT");
        assertThat(browser.findAll("#areas-chart g")).hasSize(expected.size());
        assertThat(browser.find("#areas-chart title").getDomProperty("textContent"))
                .isEqualTo("Commitments by status in each Area");
        assertThat(browser.findAll("#themes-table tbody tr"))
                .hasSize(api.as("analyst").get("/api/reports/themes").json().size());
        browser.assertAccessible("overview");
    }

    @Test
    void anAreaRowLeadsToTheAreaPage() {
        browser.signInAs("inspector");
        browser.clickAndWait("#areas-table tbody tr[data-area=LONDON_NORTH] a");

        assertThat(browser.path()).isEqualTo("/areas/LONDON_NORTH");
        assertThat(browser.heading()).isEqualTo("CPS London North");
    }

    @Test
    void theDownloadsAreTheApisCsv() {
        browser.signInAs("auditor");

        HttpResponse<String> areas = browser.fetch("/areas.csv");
        assertThat(areas.statusCode()).isEqualTo(200);
        assertThat(areas.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(areas.body())
                .isEqualTo(
                        api.as("auditor").get("/api/reports/areas", "text/csv").body());
        assertThat(browser.fetch("/themes.csv").body())
                .isEqualTo(
                        api.as("auditor").get("/api/reports/themes", "text/csv").body());
    }

    @Test
    void aVisitorWithoutASessionGetsNoDownload() {
        HttpResponse<String> anonymous = browser.fetch("/areas.csv");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static String figure(WebElement row, String name) {
        return row.findElement(By.cssSelector("[data-figure=" + name + "]")).getText();
    }
}
