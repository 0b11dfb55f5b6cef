package dev.commitmenttracker.ui;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The commitment page and its forms, as an Area manager, an inspector and a manager of another Area use them. */
class CommitmentPagesIT extends FormPagesTest {

    static final String MANAGER = "manager.london-north";

    @Test
    void aManagerWalksACommitmentFromRecordToCloseAndReopensIt() {
        String id = recorded(MANAGER, with(commitment("LONDON_NORTH"), "targetCompliance", 80));
        signIn(MANAGER).go("/commitments/" + id);
        assertThat(browser.find("#status").getText()).isEqualTo("Committed");
        assertThat(actsOffered()).containsExactly("assign", "revise-due-date", "withdraw");
        browser.assertAccessible("commitment");

        act(
                "assign",
                Map.of(
                        "assign-ownerRole",
                        "LEGAL_MANAGER",
                        "assign-ownerName",
                        "R. Osei",
                        "assign-on-day",
                        "12",
                        "assign-on-month",
                        "5",
                        "assign-on-year",
                        "2022"));
        assertThat(browser.path()).isEqualTo("/commitments/" + id);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Owner assigned");
        assertThat(browser.find("#owner").getText()).isEqualTo("Legal manager: R. Osei");
        assertThat(actsOffered()).containsExactly("assign", "start", "revise-due-date", "withdraw");

        // acts dated in order of their business dates: the July sample comes after the June start and note
        act("start", Map.of("start-on-day", "1", "start-on-month", "6", "start-on-year", "2022"));
        assertThat(browser.find("#status").getText()).isEqualTo("In progress");
        act(
                "note-progress",
                Map.of(
                        "note-progress-note",
                        "Monthly sampling of schedules has begun.",
                        "note-progress-on-day",
                        "15",
                        "note-progress-on-month",
                        "6",
                        "note-progress-on-year",
                        "2022"));
        act(
                "record-evidence",
                Map.of(
                        "record-evidence-method",
                        "IQA",
                        "record-evidence-effectiveOn-day",
                        "31",
                        "record-evidence-effectiveOn-month",
                        "7",
                        "record-evidence-effectiveOn-year",
                        "2022",
                        "record-evidence-sampleSize",
                        "20",
                        "record-evidence-compliantCount",
                        "18",
                        "record-evidence-summary",
                        "Eighteen of twenty schedules met the standard."));
        assertThat(browser.find("#status").getText()).isEqualTo("Evidenced");
        assertThat(browser.find("#compliance").getText()).startsWith("90.0%");
        act("close", Map.of("close-rationale", "Compliance is above the target."));
        assertThat(browser.find("#status").getText()).isEqualTo("Closed");
        assertThat(actsOffered()).containsExactly("reopen");

        assertThat(api.as(MANAGER)
                        .get("/api/commitments/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CLOSED");
        ProjectionsCaughtUp.await(api);
        long closedByApi = api.as("lead.national")
                .get("/api/reports/areas")
                .json()
                .valueStream()
                .filter(row -> row.path("area").asString().equals("LONDON_NORTH"))
                .findFirst()
                .orElseThrow()
                .path("closed")
                .asLong();
        signIn("lead.national");
        assertThat(browser.find("#areas-table tr[data-area=LONDON_NORTH] [data-figure=closed]")
                        .getText())
                .isEqualTo(String.valueOf(closedByApi));

        signIn(MANAGER).go("/commitments/" + id);
        act("reopen", Map.of("reopen-reason", "A later sample fell below the target."));
        assertThat(browser.find("#status").getText()).isEqualTo("In progress");

        List<String> actors = browser.findAll("#timeline tbody td[data-column=actor]").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(browser.findAll("#timeline tbody tr").stream()
                        .map(row -> row.findElement(By.tagName("strong")).getText()))
                .containsExactly(
                        "Commitment recorded",
                        "Owner assigned",
                        "Work started",
                        "Progress noted",
                        "Evidence recorded",
                        "Closed",
                        "Reopened");
        assertThat(actors).hasSize(7).allMatch(MANAGER::equals);
        assertThat(historySize(id)).isEqualTo(7);
    }

    @Test
    void anInvalidFormShowsTheErrorSummaryLinkedToTheFieldAndRecordsNothing() {
        String id = recorded("lead.national", commitment("LONDON_NORTH"));
        api.as(MANAGER).post("/api/commitments/" + id + "/assignment", map("ownerRole", "ABM", "on", "2022-05-12"));
        api.as(MANAGER).post("/api/commitments/" + id + "/start", map("on", "2022-05-13"));
        int before = historySize(id);
        signIn(MANAGER).go("/commitments/" + id);

        act(
                "record-evidence",
                Map.of(
                        "record-evidence-method",
                        "DIP_SAMPLE",
                        "record-evidence-effectiveOn-day",
                        "31",
                        "record-evidence-effectiveOn-month",
                        "2",
                        "record-evidence-effectiveOn-year",
                        "2022",
                        "record-evidence-sampleSize",
                        "20",
                        "record-evidence-compliantCount",
                        "18",
                        "record-evidence-summary",
                        "A sample."));

        assertThat(browser.find(".govuk-error-summary").getText()).contains("There is a problem");
        WebElement link = browser.find(".govuk-error-summary__list a");
        assertThat(link.getDomAttribute("href")).isEqualTo("#record-evidence-effectiveOn-day");
        assertThat(browser.find("#record-evidence-effectiveOn-error").isDisplayed())
                .isTrue();
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.find("#record-evidence-summary").getDomProperty("value"))
                .isEqualTo("A sample.");
        browser.assertAccessible("commitment-form-error");
        link.click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("record-evidence-effectiveOn-day");
        assertThat(historySize(id)).isEqualTo(before);

        act("record-evidence", Map.of("record-evidence-effectiveOn-day", "28", "record-evidence-compliantCount", "25"));
        assertThat(browser.find(".govuk-error-summary__list li").getDomAttribute("data-code"))
                .startsWith("validation.");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#record-evidence-compliantCount");
        assertThat(historySize(id)).isEqualTo(before);

        act("record-evidence", Map.of("record-evidence-compliantCount", "twenty"));
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#record-evidence-compliantCount");
        assertThat(browser.find("#record-evidence-compliantCount-error").getText())
                .contains("whole number");
        assertThat(historySize(id)).isEqualTo(before);
    }

    @Test
    void aStaleFormIsRefusedWithTheNewState() {
        String id = recorded("lead.national", commitment("LONDON_NORTH"));
        signIn(MANAGER).go("/commitments/" + id);
        api.as("lead.national").post("/api/commitments/" + id + "/assignment", map("ownerRole", "CCP"));
        int before = historySize(id);

        act("withdraw", Map.of("withdraw-reason", "No longer needed."));

        assertThat(browser.find("#stale").getText()).contains("This commitment changed since you opened it");
        assertThat(browser.find("#status").getText()).isEqualTo("Assigned");
        assertThat(browser.find("#owner").getText()).isEqualTo("Chief Crown Prosecutor");
        assertThat(historySize(id)).isEqualTo(before);
        browser.assertAccessible("commitment-stale");
    }

    @Test
    void aManagerOfAnotherAreaGetsTheForbiddenPage() {
        String id = recorded("lead.national", commitment("LONDON_NORTH"));
        signIn("manager.north-west").go("/commitments/" + id);

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.find("main").getText())
                .contains("manager.north-west")
                .contains("You may read only what concerns your own Areas (NORTH_WEST): this concerns LONDON_NORTH.");
        assertThat(browser.fetch("/commitments/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedActOnAnotherAreasCommitmentIsRefusedByTheServiceAndRecordsNothing() {
        String id = recorded("lead.national", commitment("LONDON_NORTH"));
        int before = historySize(id);
        signIn("manager.north-west").go("/inspections/new");
        String csrf = browser.find("#inspection-form input[name=_csrf]").getDomAttribute("value");

        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of Object.entries({_csrf: arguments[1], version: '0', reason: 'Forged.'})) {
                  const input = document.createElement('input');
                  input.type = 'hidden'; input.name = name; input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
                """, "/commitments/" + id + "/withdraw", csrf);

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(driver -> browser.path().endsWith("/withdraw"));
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(historySize(id)).isEqualTo(before);
    }

    @Test
    void anInspectorIsOfferedOnlyTheFollowUpJudgementAndAnAnalystNothing() {
        String id = recorded("lead.national", commitment("LONDON_NORTH"));
        signIn("inspector").go("/commitments/" + id);
        assertThat(actsOffered()).containsExactly("judge-follow-up");
        browser.assertAccessible("commitment-inspector");

        act(
                "judge-follow-up",
                Map.of(
                        "judge-follow-up-grade",
                        "REASONABLE_PROGRESS",
                        "judge-follow-up-note",
                        "Sampling has started."));
        assertThat(browser.find("#judgement").getText()).startsWith("Reasonable progress");
        assertThat(browser.findAll("#timeline tbody td[data-column=actor]")
                        .get(1)
                        .getText())
                .isEqualTo("inspector");

        signIn("analyst").go("/commitments/" + id);
        assertThat(actsOffered()).isEmpty();
        assertThat(browser.find("#no-actions").isDisplayed()).isTrue();
        browser.assertAccessible("commitment-analyst");
    }

    @Test
    void everyActIsReachedByTheKeyboardAndOneIsSentWithKeysAlone() {
        String id = recorded(MANAGER, commitment("LONDON_NORTH"));
        signIn(MANAGER).go("/commitments/" + id);
        // a control given twice is a stop the keyboard makes for nothing (the owner-role select once was)
        assertThat(browser.duplicateIds()).isEmpty();

        // tabbing from the top of the page reaches the summary of every act's form, in the order they are shown
        List<String> summaries = new java.util.ArrayList<>();
        for (int tab = 0; tab < 200 && !"footer".equals(focusedIn()); tab++) {
            press(Keys.TAB);
            WebElement focused = focused();
            if (focused.getTagName().equals("summary")) {
                summaries.add(focused.findElement(By.xpath("..")).getDomAttribute("id"));
            }
        }
        assertThat(summaries)
                .containsExactly("assign-details", "revise-due-date-details", "withdraw-details", "plan-assurance");

        // open "Assign an owner" and send it with the keyboard only
        browser.go("/commitments/" + id);
        tabUntil(() ->
                focused().getTagName().equals("summary") && focused().getText().equals("Assign an owner"));
        press(Keys.ENTER);
        assertThat(browser.find("#assign-details").getDomAttribute("open")).isNotNull();
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("assign-ownerRole");
        press("Legal");
        for (String[] field : new String[][] {
            {"assign-ownerName", "R. Osei"},
            {"assign-on-day", "12"},
            {"assign-on-month", "5"},
            {"assign-on-year", "2022"}
        }) {
            press(Keys.TAB);
            assertThat(focused().getDomAttribute("id")).isEqualTo(field[0]);
            press(field[1]);
        }
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Assign an owner");
        WebElement page = browser.find("html");
        press(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));

        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Owner assigned");
        assertThat(browser.find("#owner").getText()).isEqualTo("Legal manager: R. Osei");
        assertThat(api.as(MANAGER)
                        .get("/api/commitments/" + id)
                        .json()
                        .path("ownerRole")
                        .asString())
                .isEqualTo("LEGAL_MANAGER");
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** The landmark the focus is in: "footer" once tabbing has gone past the main content. */
    private String focusedIn() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.activeElement; return e && e.closest('footer') ? 'footer' : 'page'"));
    }

    private void press(CharSequence keys) {
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(keys)
                .perform();
    }

    private void tabUntil(java.util.function.BooleanSupplier reached) {
        for (int tab = 0; tab < 200; tab++) {
            press(Keys.TAB);
            if (reached.getAsBoolean()) {
                return;
            }
        }
        throw new AssertionError("not reached by the keyboard within 200 tabs");
    }

    private String recorded(String by, Map<String, Object> body) {
        String inspectionId = api.as("lead.national")
                .post("/api/inspections", inspection("LONDON_NORTH"))
                .text("id");
        return api.as(by)
                .post("/api/commitments", with(body, "inspectionId", inspectionId, "issueNumber", 2))
                .text("id");
    }

    private int historySize(String id) {
        return api.as("auditor")
                .get("/api/commitments/" + id + "/history")
                .json()
                .size();
    }

    private List<String> actsOffered() {
        return browser.findAll("details[id$=-details]").stream()
                .map(d -> d.getDomAttribute("id").replace("-details", ""))
                .toList();
    }

    /** Opens the act's form, fills it as a person would (selects by value) and sends it. */
    private void act(String code, Map<String, String> fields) {
        WebElement details = browser.find("#" + code + "-details");
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            WebElement input = browser.find("#" + field.getKey());
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(field.getValue());
            } else {
                browser.fill(field.getKey(), field.getValue());
            }
        }
        WebElement page = browser.find("html");
        browser.find("#" + code + "-form button[type=submit]").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }
}
