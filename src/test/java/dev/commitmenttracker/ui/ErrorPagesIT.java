package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Page URLs fail as pages in the service's style; API URLs keep answering problem+json. */
class ErrorPagesIT extends BrowserTest {

    @Test
    void anUnknownPageIsTheNotFoundPage() {
        browser.signInAs("analyst");
        browser.go("/no-such-page");

        assertThat(browser.heading()).isEqualTo("Page not found");
        HttpResponse<String> response = browser.fetch("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        browser.assertAccessible("error-404");
    }

    @Test
    void aRoleTurnedAwayByTheSignInChainGetsTheForbiddenPage() {
        browser.signInAs("analyst");
        browser.go("/admin/projections");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.find("#main-content").getText()).contains("signed in as analyst");
        assertThat(browser.fetch("/admin/projections").statusCode()).isEqualTo(403);
        assertThat(browser.fetch("/audit").statusCode()).isEqualTo(403);
        browser.assertAccessible("error-403-role");
    }

    @Test
    void anAreaThatDoesNotExistIsNotFound() {
        browser.signInAs("analyst");
        browser.go("/areas/ATLANTIS");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.fetch("/areas/ATLANTIS").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadFilterIsExplainedNotA500() {
        browser.signInAs("analyst");
        browser.go("/areas/LONDON_NORTH?sort=colour");

        assertThat(browser.heading()).isEqualTo("There is a problem with the request");
        assertThat(browser.find("#main-content").getText()).contains("Sort by one of");
        assertThat(browser.fetch("/areas/LONDON_NORTH?sort=colour").statusCode())
                .isEqualTo(400);
        browser.assertAccessible("error-400");
    }

    @Test
    void theApiStillAnswersProblemJson() {
        Api.Response response = api.as("analyst").get("/api/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.as(null).get("/api/reports/areas").status())
                .as("the API keeps HTTP Basic, no sign-in redirect")
                .isEqualTo(401);
    }
}
