package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.security.TrackerUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in, landing pages and sign-out, as a person does them in a browser. */
class SignInPagesIT extends BrowserTest {

    /** A login scoped to two Areas, which no demo user is: added to this application's users for the chooser journey. */
    static final String TWO_AREA_MANAGER = "manager.two-areas";

    @Autowired
    TrackerUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anUnsignedVisitorIsSentToTheSignInPage() {
        browser.go("/");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");
        assertThat(browser.find("form[action$='/login'] input[name=_csrf]").getDomAttribute("type"))
                .isEqualTo("hidden");
        browser.assertAccessible("sign-in");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkedToTheField() {
        browser.go("/login").fill("username", "auditor").fill("password", "not-the-password");
        browser.clickAndWait("form[action$='/login'] button[type=submit]");

        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("There is a problem");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#username");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.assertAccessible("sign-in-error");
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "lead.national, /",
        "analyst, /",
        "auditor, /",
        "inspector, /",
        "manager.london-north, /areas/LONDON_NORTH",
        "manager.north-west, /areas/NORTH_WEST"
    })
    void eachRoleLandsOnItsPage(String user, String landing) {
        browser.signInAs(user);

        assertThat(browser.path()).isEqualTo(landing);
        assertThat(browser.find(".tracker-account__name").getText()).contains(user);
    }

    @Test
    void anAreaManagerOfSeveralAreasChoosesBetweenThemAndReadsOnlyThose() {
        if (!users.userExists(TWO_AREA_MANAGER)) {
            // "AREA_" + code is how a login carries an Area it is scoped to (security.UserAccount)
            users.createUser(User.withUsername(TWO_AREA_MANAGER)
                    .password(encoder.encode("demo"))
                    .authorities(TrackerRole.AREA_MANAGER.authority(), "AREA_LONDON_NORTH", "AREA_NORTH_WEST")
                    .build());
        }
        browser.signInAs(TWO_AREA_MANAGER);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Choose an Area");
        assertThat(browser.findAll("#main-content li a").stream().map(org.openqa.selenium.WebElement::getText))
                .containsExactly("CPS London North", "CPS North West");
        browser.assertAccessible("choose-area");

        browser.clickAndWait("#main-content li a[href$='/areas/NORTH_WEST']");
        assertThat(browser.path()).isEqualTo("/areas/NORTH_WEST");
        assertThat(browser.heading()).isEqualTo("CPS North West");
        browser.go("/areas/LONDON_NORTH");
        assertThat(browser.heading()).isEqualTo("CPS London North");
        browser.go("/areas/WESSEX");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.find("#main-content").getText())
                .contains("signed in as " + TWO_AREA_MANAGER)
                .contains(
                        "You may read only what concerns your own Areas (LONDON_NORTH, NORTH_WEST): this concerns WESSEX.");
    }

    @Test
    void aPageAskedForBeforeSignInIsWhereSignInReturns() {
        browser.go("/areas/NORTH_EAST");
        assertThat(browser.path()).isEqualTo("/login");

        browser.submitSignIn("analyst");

        assertThat(browser.path()).startsWith("/areas/NORTH_EAST");
    }

    @Test
    void somethingFetchedBeforeSignInThatIsNotAPageIsNotWhereSignInReturns() {
        browser.go("/login");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/areas/NORTH_EAST/commitments.csv', {headers: {Accept: '*/*'}, redirect: 'manual'}).then(() => done(), () => done());""");

        browser.submitSignIn("analyst");

        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void govukFrontendIsServedHereAndItsScriptRunsWithoutAnyOutsideCall() {
        browser.go("/login");

        assertThat(browser.fetch("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.fetch("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")
                        .statusCode())
                .isEqualTo(200);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.find("body").getDomAttribute("class"))
                        .contains("govuk-frontend-supported"));
        Object outside = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin))");
        assertThat((java.util.List<?>) outside).isEmpty();
        Object gdsTransport = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const hits = [];
                for (const element of document.querySelectorAll('*')) {
                  for (const pseudo of [null, '::before', '::after']) {
                    if (getComputedStyle(element, pseudo).fontFamily.includes('GDS Transport')) hits.push(element.tagName + (pseudo || ''));
                  }
                }
                return hits.concat(performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/assets/fonts/')));""");
        assertThat((java.util.List<?>) gdsTransport)
                .as("GDS Transport is GOV.UK's own: neither used nor fetched")
                .isEmpty();
        assertThat(browser.findAll(".govuk-header__logotype")).as("no crown").isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signInAs("analyst");
        browser.clickAndWait(".tracker-account__sign-out button");

        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("You have signed out");
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
