package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Recording an inspection and a commitment through the forms, and importing a published response. */
class RecordingPagesIT extends FormPagesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerRecordsAnInspectionWithAnAddedIssueThenACommitmentAgainstIt() {
        signIn("manager.london-north").go("/inspections/new");
        assertThat(browser.findAll("[data-issue-row]")).hasSize(InspectionPages.ISSUE_ROWS);
        assertThat(new Select(browser.find("#inspection-area")).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Choose", "CPS London North");
        browser.assertAccessible("inspection-new");

        new Select(browser.find("#inspection-area")).selectByValue("LONDON_NORTH");
        new Select(browser.find("#inspection-kind")).selectByValue("AREA_ASSURANCE_INSPECTION");
        browser.fill("inspection-title", "Area assurance inspection of London North, spring");
        browser.fill("inspection-publishedOn-day", "3")
                .fill("inspection-publishedOn-month", "4")
                .fill("inspection-publishedOn-year", "2023");
        browser.fill("inspection-ratings-0-domain", "Casework quality");
        new Select(browser.find("#inspection-ratings-0-rating")).selectByValue("FAIR");
        browser.fill("inspection-issues-0-text", "Reviews at charge do not set out a trial strategy.");
        new Select(browser.find("#inspection-issues-0-theme")).selectByValue("CASE_ANALYSIS_STRATEGY");
        submit("#add-issue");

        assertThat(browser.findAll("[data-issue-row]")).hasSize(InspectionPages.ISSUE_ROWS + 1);
        assertThat(browser.find("#inspection-title").getDomProperty("value"))
                .isEqualTo("Area assurance inspection of London North, spring");
        assertThat(browser.find("#inspection-issues-10-number").getDomProperty("value"))
                .isEqualTo("11");
        browser.fill("inspection-issues-10-text", "Victims are not told of decisions within the time the code sets.");
        submit("#record-inspection");

        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#inspection-issues-10-theme");
        assertThat(browser.find("#inspection-issues-10-text").getDomProperty("value"))
                .startsWith("Victims are not told");
        browser.assertAccessible("inspection-new-error");
        new Select(browser.find("#inspection-issues-10-theme")).selectByValue("VICTIM_COMMUNICATION");
        submit("#record-inspection");

        assertThat(browser.path()).startsWith("/commitments/new?inspection=");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("2 issues");
        assertThat(new Select(browser.find("#commitment-issueNumber")).getOptions())
                .extracting(WebElement::getText)
                .containsExactly(
                        "Choose",
                        "1. Reviews at charge do not set out a trial strategy.",
                        "11. Victims are not told of decisions within the time the code sets.");
        browser.assertAccessible("commitment-new");

        new Select(browser.find("#commitment-issueNumber")).selectByValue("11");
        browser.fill(
                "commitment-text",
                "The victim liaison unit will track every decision letter against the code's deadline.");
        new Select(browser.find("#commitment-theme")).selectByValue("VICTIM_COMMUNICATION");
        browser.find("label[for=commitment-jointWith-LONDON_SOUTH]").click();
        browser.fill("commitment-committedOn-day", "20")
                .fill("commitment-committedOn-month", "4")
                .fill("commitment-committedOn-year", "2023");
        browser.fill("commitment-dueDate-day", "31")
                .fill("commitment-dueDate-month", "3")
                .fill("commitment-dueDate-year", "2023");
        submit("#record-commitment");

        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#commitment-dueDate-day");
        assertThat(browser.find("#commitment-jointWith-LONDON_SOUTH").isSelected())
                .isTrue();
        browser.assertAccessible("commitment-new-error");
        browser.fill("commitment-dueDate-year", "2024");
        submit("#record-commitment");

        assertThat(browser.path()).matches("/commitments/[0-9a-f-]{36}");
        String id = browser.path().substring("/commitments/".length());
        assertThat(browser.find("#issue").getText()).contains("Issue 11: Victims are not told");
        JsonNode recorded = api.as("analyst").get("/api/commitments/" + id).json();
        assertThat(recorded.path("jointWith").get(0).asString()).isEqualTo("LONDON_SOUTH");
        assertThat(recorded.path("dueDate").asString()).isEqualTo("2024-03-31");
        assertThat(recorded.path("issueNumber").asInt()).isEqualTo(11);
    }

    @Test
    void aNationalLeadImportsAResponseCorrectsACommitmentAndRecordsIt() {
        signIn("lead.national").go("/imports/new");
        browser.assertAccessible("import-new");
        browser.find("#import-file")
                .sendKeys(Path.of("src/test/resources/importing/wessex-2019-aai.md")
                        .toAbsolutePath()
                        .toString());
        submit("#read-document");

        assertThat(browser.heading()).isEqualTo("Review the draft");
        assertThat(new Select(browser.find("#import-area"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("CPS Wessex");
        assertThat(browser.find("#import-published").getDomProperty("value")).isEqualTo("2019-03-14");
        browser.assertAccessible("import-review");
        String original = browser.find("#import-issues-0-commitments-0-text").getDomProperty("value");
        String corrected =
                "The Deputy Chief Crown Prosecutor will run case analysis workshops for every Crown Court lawyer by June 2019.";
        browser.fill("import-issues-0-commitments-0-text", corrected);
        new Select(browser.find("#import-issues-0-commitments-0-owners")).selectByValue("DCCP");
        browser.find("label[for=import-issues-0-commitments-1-drop]").click();
        // the other corrections the review allows, without script: an issue's theme, assurance methods, other roles
        // named,
        // a commitment added to an issue, and an issue added with a commitment of its own
        new Select(browser.find("#import-issues-0-theme")).selectByValue("PERFORMANCE_DATA");
        browser.find("label[for=import-issues-0-commitments-0-assurance-0]").click();
        browser.find("#import-issues-0-commitments-0-also-named-summary").click();
        browser.find("label[for=import-issues-0-commitments-0-also-named-5]").click();
        int blankRow = browser.findAll("[data-commitment^='import-issues-0-commitments-']")
                        .size()
                - 1;
        String addedToIssue = "The Area Business Manager will publish workshop attendance every month.";
        browser.fill("import-issues-0-commitments-" + blankRow + "-text", addedToIssue);
        new Select(browser.find("#import-issues-0-commitments-" + blankRow + "-owners")).selectByValue("ABM");
        int blankIssue = browser.findAll("fieldset[data-issue]").size() - 1;
        String addedIssueNumber =
                browser.find("#import-issues-" + blankIssue + "-number").getDomProperty("value");
        String addedWithIssue = "The disclosure champion will check every schedule before it is served.";
        browser.fill("import-issues-" + blankIssue + "-text", "Disclosure schedules are not always served on time.");
        new Select(browser.find("#import-issues-" + blankIssue + "-theme")).selectByValue("DISCLOSURE");
        browser.fill("import-issues-" + blankIssue + "-commitments-0-text", addedWithIssue);
        new Select(browser.find("#import-issues-" + blankIssue + "-commitments-0-owners"))
                .selectByValue("DISCLOSURE_CHAMPION");
        browser.fill("import-published", "14 March");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        submit("#record-draft");

        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#import-published");
        assertThat(browser.find("#import-issues-0-commitments-0-text").getDomProperty("value"))
                .isEqualTo(corrected);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(events);
        browser.assertAccessible("import-review-error");
        assertThat(new Select(browser.find("#import-issues-0-theme"))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("PERFORMANCE_DATA");
        assertThat(browser.find("#import-issues-0-commitments-0-assurance-0").isSelected())
                .isTrue();
        assertThat(browser.find("#import-issues-0-commitments-0-also-named-5").isSelected())
                .as("a second role named is kept")
                .isTrue();
        assertThat(new Select(browser.find("#import-issues-0-commitments-0-owners"))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .as("the owner assigned stays first")
                .isEqualTo("DCCP");
        assertThat(browser.find("#import-issues-" + blankIssue + "-commitments-0-text")
                        .getDomProperty("value"))
                .isEqualTo(addedWithIssue);
        browser.fill("import-published", "2019-03-14");
        browser.find("label[for=import-issues-0-commitments-1-drop]").click();
        submit("#record-draft");

        assertThat(browser.heading()).isEqualTo("Imported response");
        List<WebElement> links = browser.findAll("#recorded a");
        assertThat(links)
                .extracting(WebElement::getText)
                .contains(corrected, addedToIssue, addedWithIssue)
                .doesNotContain(original);
        browser.assertAccessible("import-recorded");
        Map<String, String> hrefs = links.stream()
                .collect(java.util.stream.Collectors.toMap(
                        WebElement::getText, link -> link.getDomAttribute("href"), (first, second) -> first));
        String href = hrefs.get(corrected);
        String id = href.substring(href.lastIndexOf('/') + 1);

        ProjectionsCaughtUp.await(api);
        JsonNode listed =
                api.as("analyst").get("/api/commitments?area=WESSEX&size=200").json();
        assertThat(listed.toString()).contains(id);
        assertThat(browser.find("#area-link").getDomAttribute("href")).isEqualTo("/areas/WESSEX");
        browser.go(href);
        assertThat(browser.find("#commitment-text").getText()).isEqualTo(corrected);
        assertThat(browser.find("#owner").getText()).isEqualTo("Deputy Chief Crown Prosecutor");
        assertThat(api.as("analyst")
                        .get("/api/commitments/" + id)
                        .json()
                        .path("theme")
                        .asString())
                .isEqualTo("performance-data");
        JsonNode added = recordedAs(hrefs, addedToIssue);
        assertThat(added.path("ownerRole").asString()).isEqualTo("ABM");
        assertThat(added.path("issueNumber").asInt()).isEqualTo(1);
        JsonNode withIssue = recordedAs(hrefs, addedWithIssue);
        assertThat(withIssue.path("ownerRole").asString()).isEqualTo("DISCLOSURE_CHAMPION");
        assertThat(withIssue.path("theme").asString()).isEqualTo("disclosure");
        assertThat(withIssue.path("issueNumber").asString()).isEqualTo(addedIssueNumber);
    }

    private JsonNode recordedAs(Map<String, String> hrefs, String text) {
        String href = hrefs.get(text);
        return api.as("analyst")
                .get("/api/commitments/" + href.substring(href.lastIndexOf('/') + 1))
                .json();
    }

    @Test
    void aDocumentThatYieldsNothingSaysWhy() {
        signIn("manager.london-north").go("/imports/new");
        browser.fill("import-document", "Shopping list\n\nBread, milk and apples.");
        submit("#read-document");

        assertThat(browser.find(".govuk-error-summary__list li").getDomAttribute("data-code"))
                .isEqualTo("import.not-a-response");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#import-document");
        browser.assertAccessible("import-nothing");
    }
}
