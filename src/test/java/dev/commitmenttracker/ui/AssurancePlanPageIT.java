package dev.commitmenttracker.ui;

import static dev.commitmenttracker.support.Requests.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.ProjectionsCaughtUp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The commitment page shows the planned assurance and a manager of its Area sets it with the page's form. */
class AssurancePlanPageIT extends FormPagesTest {

    static final String MANAGER = "manager.london-north";

    @Test
    void aManagerPlansAMonthlyDipSampleAndThePageShowsIt() {
        String id = api.as(MANAGER)
                .post("/api/commitments", commitment("LONDON_NORTH"))
                .text("id");
        signIn(MANAGER).go("/commitments/" + id);
        assertThat(browser.find("#assurance-plan").getText()).isEqualTo("None planned");

        WebElement details = browser.find("#plan-assurance");
        details.findElement(By.tagName("summary")).click();
        new Select(browser.find("#plan-assurance-method")).selectByValue("DIP_SAMPLE");
        new Select(browser.find("#plan-assurance-cadence")).selectByValue("MONTHLY");
        browser.fill("plan-assurance-startsOn-day", "1");
        browser.fill("plan-assurance-startsOn-month", "6");
        browser.fill("plan-assurance-startsOn-year", "2022");
        submit("#plan-assurance-form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/commitments/" + id);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Assurance planned");
        assertThat(browser.find("#assurance-plan").getText()).isEqualTo("Dip sample, every month, from 2022-06-01");
        ProjectionsCaughtUp.await(api);
        browser.go("/commitments/" + id);
        assertThat(browser.find("#missed-checks").getText())
                .as("no dip sample was ever recorded, so every month from June 2022 is missed")
                .contains("1 Jun 2022 to 30 Jun 2022: no Dip sample");
        browser.assertAccessible("commitment-assurance-plan");

        // a start before the commitment is refused on the page, nothing recorded
        browser.find("#plan-assurance").findElement(By.tagName("summary")).click();
        new Select(browser.find("#plan-assurance-method")).selectByValue("IQA");
        new Select(browser.find("#plan-assurance-cadence")).selectByValue("QUARTERLY");
        browser.fill("plan-assurance-startsOn-day", "1");
        browser.fill("plan-assurance-startsOn-month", "1");
        browser.fill("plan-assurance-startsOn-year", "2020");
        submit("#plan-assurance-form button[type=submit]");
        assertThat(browser.find(".govuk-error-summary").getText()).isNotBlank();
        assertThat(browser.find("#assurance-plan").getText()).isEqualTo("Dip sample, every month, from 2022-06-01");
    }
}
