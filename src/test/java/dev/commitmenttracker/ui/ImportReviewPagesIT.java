package dev.commitmenttracker.ui;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reviewing an imported response on its page (issue 13): a finding's kind, a commitment's due date and whether a
 * sentence is an open action, done or context are changed there, refused fields are shown as the API refuses them,
 * and what is recorded is found on the unit's page and the inspection's findings page.
 */
class ImportReviewPagesIT extends FormPagesTest {

    private static final String SPECIALISTS = "All specialist rape prosecutors";
    private static final String EVALUATION = "The Director of Legal Services will";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNationalLeadReviewsANationalThematicResponseRecordsItAndFindsItOnTheNationalAndFindingsPages() {
        upload("lead.national", "src/test/resources/importing/national-thematic-2024-rasso.txt");

        assertThat(browser.heading()).isEqualTo("Review the draft");
        assertThat(new Select(browser.find("#import-area"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("CPS Headquarters (national)");
        assertThat(unitChoices()).as("a national lead records for every unit").hasSize(AreaCode.values().length + 1);
        assertThat(browser.findAll("#import-area optgroup").stream().map(group -> group.getDomAttribute("label")))
                .containsExactly("Areas", "National and other units");
        assertThat(browser.find("#import-issues-3-for_cps-no").isSelected())
                .as("the College of Policing's recommendation is read as not the CPS's")
                .isTrue();
        assertThat(browser.find("#import-issues-3-addressed_to").getDomProperty("value"))
                .isNotBlank();
        assertThat(selected("#import-issues-2-kind")).isEqualTo("RECOMMENDATION");
        assertThat(browser.find("#import-issues-0-commitments-1-text").getDomProperty("value"))
                .startsWith(SPECIALISTS);
        assertThat(browser.find("#import-issues-0-commitments-1-status").isSelected())
                .as("an action to come is open")
                .isTrue();
        assertThat(browser.find("#import-issues-4-commitments-0-text").getDomProperty("value"))
                .startsWith(EVALUATION);
        assertThat(browser.duplicateIds()).isEmpty();
        browser.assertAccessible("import-review-national");

        // the reviewer makes recommendation 3 an aspect for improvement, reports a sentence as done and gives a
        // commitment a due date in words the API does not take
        new Select(browser.find("#import-issues-2-kind")).selectByValue("ASPECT_FOR_IMPROVEMENT");
        browser.find("label[for=import-issues-4-commitments-0-status-done]").click();
        browser.fill("import-issues-0-commitments-1-due_date", "end of June 2025");
        long events = eventCount();
        submit("#record-draft");

        WebElement problem = browser.find(".govuk-error-summary__list li");
        assertThat(problem.getDomAttribute("data-code")).isEqualTo("validation.not-a-date");
        assertThat(problem.findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("#import-issues-0-commitments-1-due_date");
        assertThat(browser.find("#import-issues-0-commitments-1-due_date-error").getText())
                .contains("2024-03-31");
        assertThat(browser.find("#import-issues-0-commitments-1-due_date").getDomAttribute("aria-describedby"))
                .contains("import-issues-0-commitments-1-due_date-error");
        assertThat(browser.find("#import-issues-0-commitments-1-due_date").getDomProperty("value"))
                .as("the value refused is shown to be corrected")
                .isEqualTo("end of June 2025");
        assertThat(eventCount()).as("nothing recorded").isEqualTo(events);
        assertThat(selected("#import-issues-2-kind")).isEqualTo("ASPECT_FOR_IMPROVEMENT");
        assertThat(browser.find("#import-issues-4-commitments-0-status-done").isSelected())
                .isTrue();
        browser.assertAccessible("import-review-national-error");

        problem.findElement(By.tagName("a")).click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .as("the summary's link takes the reviewer to the field")
                .isEqualTo("import-issues-0-commitments-1-due_date");
        browser.fill("import-issues-0-commitments-1-due_date", "2025-06-30");
        submit("#record-draft");

        assertThat(browser.heading()).isEqualTo("Imported response");
        Map<String, String> recorded = browser.findAll("#recorded a").stream()
                .collect(Collectors.toMap(
                        WebElement::getText, link -> link.getDomAttribute("href"), (first, second) -> first));
        JsonNode specialists = recordedCommitment(recorded, SPECIALISTS);
        assertThat(specialists.path("area").asString()).isEqualTo("NATIONAL");
        assertThat(specialists.path("dueDate").asString()).isEqualTo("2025-06-30");
        JsonNode evaluation = recordedCommitment(recorded, EVALUATION);
        assertThat(evaluation.path("status").asString())
                .as("reported done: started, to be closed on evidence")
                .isEqualTo("IN_PROGRESS");
        browser.assertAccessible("import-recorded-national");

        // the national page lists the inspection's commitments with the reviewed due date
        String findings = browser.find("#findings-link").getDomAttribute("href");
        String inspectionId = findings.split("/")[2];
        ProjectionsCaughtUp.await(api);
        browser.go("/areas/NATIONAL?inspectionId=" + inspectionId + "&size=50");
        Map<String, String> dueByText = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.findAll("#commitment-table tbody tr")) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            dueByText.put(cells.get(0).getText(), cells.get(3).getText());
        }
        assertThat(dueByText.entrySet()).anySatisfy(row -> {
            assertThat(row.getKey()).startsWith(SPECIALISTS);
            assertThat(row.getValue()).startsWith("30 Jun 2025");
        });
        assertThat(dueByText.keySet()).anySatisfy(text -> assertThat(text).startsWith(EVALUATION));

        // the findings page shows the finding under its reviewed kind, with the commitments answering it
        browser.go(findings);
        Map<String, WebElement> rows = findingRows();
        assertThat(rows).containsKeys("Aspect for improvement 3", "Recommendation 4", "Recommendation 5");
        assertThat(rows).doesNotContainKey("Recommendation 3");
        assertThat(rows.get("Aspect for improvement 3").findElements(By.cssSelector("td:nth-child(3) a")))
                .isNotEmpty();
        assertThat(rows.get("Recommendation 4").getText()).contains("Addressed to:");
        assertThat(rows.get("Recommendation 4").findElements(By.cssSelector("td:nth-child(3) a")))
                .isEmpty();
        assertThat(rows.get("Recommendation 5").getText()).contains(EVALUATION).contains("In progress");
        browser.assertAccessible("inspection-findings-national");
    }

    @Test
    void anAreaManagerRecordsTheirAreasResponseButCannotRecordANationalOne() {
        upload("manager.london-north", "src/test/resources/ui/london-north-2025-aip.txt");

        assertThat(new Select(browser.find("#import-area"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("CPS London North");
        assertThat(unitChoices())
                .as("a manager is offered the units they may record for, not every unit")
                .containsExactly("Choose", "CPS London North");
        assertThat(selected("#import-issues-0-kind")).isEqualTo("ISSUE_TO_ADDRESS");
        browser.assertAccessible("import-review-area");
        // the bail note's own date is kept; the meeting log is given one; the appointment already made is context
        assertThat(browser.find("#import-issues-0-commitments-0-due_date").getDomProperty("value"))
                .isEqualTo("2025-06-30");
        browser.fill("import-issues-1-commitments-1-due_date", "2025-09-30");
        browser.find("label[for=import-issues-1-commitments-0-status-context]").click();
        String appointed = browser.find("#import-issues-1-commitments-0-text").getDomProperty("value");
        String log = browser.find("#import-issues-1-commitments-1-text").getDomProperty("value");
        submit("#save-draft");

        assertThat(browser.find(".govuk-notification-banner--success").getText())
                .contains("saved");
        JsonNode draft = api.as("manager.london-north")
                .get("/api/imports/" + browser.path().substring("/imports/".length()))
                .json()
                .path("draft");
        assertThat(draft.path("issues")
                        .get(1)
                        .path("commitments")
                        .get(0)
                        .path("status")
                        .asString())
                .as("saved through the same service as PUT /api/imports/{id}/draft")
                .isEqualTo("context");
        assertThat(draft.path("issues")
                        .get(1)
                        .path("commitments")
                        .get(1)
                        .path("due_date")
                        .asString())
                .isEqualTo("2025-09-30");
        submit("#record-draft");

        assertThat(browser.heading()).isEqualTo("Imported response");
        List<String> texts =
                browser.findAll("#recorded a").stream().map(WebElement::getText).toList();
        assertThat(texts).contains(log).doesNotContain(appointed);
        String findings = browser.find("#findings-link").getDomAttribute("href");
        ProjectionsCaughtUp.await(api);
        browser.go("/areas/LONDON_NORTH?inspectionId=" + findings.split("/")[2]);
        assertThat(browser.find("#commitment-table").getText()).contains(log).contains("30 Sep 2025");
        browser.go(findings);
        assertThat(findingRows()).containsKeys("Issue to address 1", "Issue to address 2");

        // a national response is the national leads' to record: the page says so on the unit and records nothing
        upload("manager.london-north", "src/test/resources/importing/national-thematic-2023-witnesses.md");
        assertThat(new Select(browser.find("#import-area"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("CPS Headquarters (national)");
        assertThat(unitChoices())
                .as("the unit the document was read as is still shown, so the refusal can name it")
                .containsExactlyInAnyOrder("Choose", "CPS London North", "CPS Headquarters (national)");
        long events = eventCount();
        String page = browser.path();
        submit("#record-draft");

        assertThat(browser.path()).isEqualTo(page);
        WebElement problem = browser.find(".govuk-error-summary__list li");
        assertThat(problem.getDomAttribute("data-code")).isEqualTo("auth.area-forbidden");
        assertThat(problem.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#import-area");
        assertThat(browser.find("#import-area-error").getText()).contains("your own Areas");
        assertThat(browser.fetch(page).statusCode()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(api.as("lead.national")
                        .get("/api/imports" + page.substring("/imports".length()))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
        browser.assertAccessible("import-review-forbidden");
    }

    @Test
    void theDraftsWarningsComeFirstAndLeadToTheFieldToCheck() {
        signIn("lead.national").go("/imports/new");
        browser.fill("import-document", """
                The CPS response to the inspection of youth casework

                Recommendation 1
                The CPS should make sure that youth specialists review every charge of a child.

                We will appoint a youth specialist in every Area.
                """);
        submit("#read-document");

        WebElement warnings = browser.find("#draft-warnings");
        assertThat(browser.findAll("main *").indexOf(warnings))
                .as("the warnings come before the heading and the form")
                .isLessThan(browser.findAll("main *").indexOf(browser.find("h1")));
        assertThat(warnings.findElement(By.cssSelector("li[data-code=no-date] a"))
                        .getDomAttribute("href"))
                .isEqualTo("#import-published");
        browser.assertAccessible("import-review-warnings");
    }

    @Test
    void theFindingsPageShowsEachFindingItsCommitmentsAndItsLatestGradeToReadersOfItsUnitOnly() {
        String earlier = api.as("lead.national")
                .post(
                        "/api/inspections",
                        map(
                                "area", "NORTH_WEST",
                                "kind", "THEMATIC",
                                "title", "Letters to victims in the North West",
                                "publishedOn", "2022-03-01",
                                "issues",
                                        List.of(
                                                map(
                                                        "number", 1,
                                                        "kind", "RECOMMENDATION",
                                                        "text", "Letters should explain the decision plainly.",
                                                        "theme", "victim-communication"),
                                                map(
                                                        "number", 2,
                                                        "kind", "RECOMMENDATION",
                                                        "text", "Police forces should pass on victims' details.",
                                                        "theme", "victim-communication",
                                                        "forCps", false,
                                                        "addressedTo", "Police forces"))))
                .text("id");
        String answer = api.as("manager.north-west")
                .post(
                        "/api/commitments",
                        with(
                                commitment("NORTH_WEST"),
                                "inspectionId",
                                earlier,
                                "findingKind",
                                "RECOMMENDATION",
                                "issueNumber",
                                1,
                                "theme",
                                "victim-communication",
                                "text",
                                "Every letter will be read by a second lawyer before it is sent.",
                                "committedOn",
                                "2022-04-01",
                                "dueDate",
                                "2022-12-31"))
                .text("id");
        String later = api.as("inspector")
                .post(
                        "/api/inspections",
                        map(
                                "area", "NORTH_WEST",
                                "kind", "FOLLOW_UP",
                                "title", "Letters to victims in the North West: follow-up",
                                "publishedOn", "2023-06-01",
                                "followsUp", earlier,
                                "grades",
                                        List.of(map(
                                                "findingKind",
                                                "RECOMMENDATION",
                                                "number",
                                                1,
                                                "grade",
                                                "PARTIALLY_ACHIEVED"))))
                .text("id");
        ProjectionsCaughtUp.await(api);

        signIn("manager.north-west").go("/inspections/" + earlier + "/findings");
        assertThat(browser.heading()).isEqualTo("Letters to victims in the North West");
        Map<String, WebElement> rows = findingRows();
        assertThat(rows).containsOnlyKeys("Recommendation 1", "Recommendation 2");
        WebElement first = rows.get("Recommendation 1");
        assertThat(first.findElement(By.cssSelector("td:nth-child(3) a")).getDomAttribute("href"))
                .isEqualTo("/commitments/" + answer);
        assertThat(first.findElement(By.cssSelector("td:nth-child(4)")).getText())
                .contains("2023-06-01")
                .containsIgnoringCase("partially");
        WebElement second = rows.get("Recommendation 2");
        assertThat(second.getText()).contains("Addressed to: Police forces");
        assertThat(second.findElement(By.cssSelector("td:nth-child(3)")).getText())
                .isEqualTo("None");
        assertThat(second.findElement(By.cssSelector("td:nth-child(4)")).getText())
                .isEqualTo("Not graded");
        assertThat(browser.find("a[href='/inspections/" + later + "/findings']").getText())
                .isEqualTo(later);
        browser.assertAccessible("inspection-findings");

        signIn("manager.london-north");
        assertThat(browser.fetch("/inspections/" + earlier + "/findings").statusCode())
                .as("another Area's inspection")
                .isEqualTo(403);
    }

    @Test
    void aFollowUpsEarlierInspectionIsChosenOnThePageAmongThoseRecordedAndTheChoiceIsRecorded() throws Exception {
        // given earlier national inspections: the one the response names (dated 2021 here, so that no other test's
        // inspection matches it), another, and one published after the follow-up, which cannot be followed up
        String named = recordNational("2021 inspection of custody time limit handling in the CPS", "2021-05-20");
        String other = recordNational("Inspection of case progression in the Crown Court", "2023-02-01");
        String later = recordNational("Inspection of custody time limits revisited", "2025-06-01");
        ProjectionsCaughtUp.await(api);
        Path followUp = java.nio.file.Files.createTempFile("follow-up-", ".txt");
        java.nio.file.Files.writeString(
                followUp,
                java.nio.file.Files.readString(
                                Path.of("src/test/resources/importing/follow-up-2025-custody-time-limits.txt"))
                        .replace("the 2022 inspection", "the 2021 inspection")
                        .replace("published in May 2022", "published in May 2021"));

        // when a national lead uploads the follow-up, the page offers the earlier inspections, the named one chosen
        upload("lead.national", followUp.toString());
        assertThat(selected("#import-follows_up-inspection_id")).isEqualTo(named);
        List<String> offered = new Select(browser.find("#import-follows_up-inspection_id"))
                .getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
        assertThat(offered).contains("", named, other).doesNotContain(later);
        assertThat(browser.find("#import-follows_up-inspection_id-hint").getText())
                .contains("2021 inspection of custody time limit handling");
        browser.assertAccessible("import-review-follow-up");
        String page = browser.path();
        String importId = page.substring("/imports/".length());

        // the reviewer links another one, then none, and each is saved as the API's draft
        new Select(browser.find("#import-follows_up-inspection_id")).selectByValue(other);
        submit("#save-draft");
        assertThat(linkSaved(importId)).isEqualTo(other);
        assertThat(selected("#import-follows_up-inspection_id")).isEqualTo(other);
        new Select(browser.find("#import-follows_up-inspection_id")).selectByValue("");
        submit("#save-draft");
        assertThat(linkSaved(importId)).isNull();
        assertThat(selected("#import-follows_up-inspection_id")).isEmpty();

        // then, linked back to the named one and recorded, the follow-up is recorded with that link and its grades
        new Select(browser.find("#import-follows_up-inspection_id")).selectByValue(named);
        submit("#record-draft");
        assertThat(browser.heading()).isEqualTo("Imported response");
        String recorded = browser.find("#findings-link").getDomAttribute("href").split("/")[2];
        JsonNode inspection =
                api.as("auditor").get("/api/inspections/" + recorded).json();
        assertThat(inspection.path("followsUp").asString()).isEqualTo(named);
        assertThat(inspection
                        .path("grades")
                        .valueStream()
                        .map(g -> g.path("grade").asString()))
                .startsWith("ACHIEVED", "PARTIALLY_ACHIEVED");
    }

    /** A national thematic inspection with five recommendations, recorded by the API. */
    private String recordNational(String title, String publishedOn) {
        List<Map<String, Object>> findings = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            findings.add(map(
                    "number",
                    n,
                    "kind",
                    "RECOMMENDATION",
                    "text",
                    "Recommendation " + n + ".",
                    "theme",
                    "organisation"));
        }
        var recorded = api.as("lead.national")
                .post(
                        "/api/inspections",
                        map(
                                "area",
                                "NATIONAL",
                                "kind",
                                "THEMATIC",
                                "title",
                                title,
                                "publishedOn",
                                publishedOn,
                                "issues",
                                findings));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.text("id");
    }

    /** The earlier inspection the stored draft is linked to, as the API reads it (null when none). */
    private String linkSaved(String importId) {
        JsonNode link = api.as("lead.national")
                .get("/api/imports/" + importId)
                .json()
                .path("draft")
                .path("follows_up")
                .path("inspection_id");
        return link.isNull() || link.isMissingNode() ? null : link.asString();
    }

    private void upload(String user, String file) {
        signIn(user).go("/imports/new");
        browser.find("#import-file").sendKeys(Path.of(file).toAbsolutePath().toString());
        submit("#read-document");
        assertThat(browser.path()).matches("/imports/[0-9a-f-]{36}");
    }

    private String selected(String css) {
        return new Select(browser.find(css)).getFirstSelectedOption().getDomAttribute("value");
    }

    private List<String> unitChoices() {
        return new Select(browser.find("#import-area"))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** The findings table's rows by their first cell ("Recommendation 4"). */
    private Map<String, WebElement> findingRows() {
        Map<String, WebElement> rows = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.findAll("#findings tbody tr")) {
            rows.put(row.findElement(By.tagName("td")).getText(), row);
        }
        return rows;
    }

    private JsonNode recordedCommitment(Map<String, String> recorded, String start) {
        String href = recorded.entrySet().stream()
                .filter(link -> link.getKey().startsWith(start))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recorded commitment starts with " + start));
        return api.as("auditor")
                .get("/api/commitments/" + href.substring(href.lastIndexOf('/') + 1))
                .json();
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
