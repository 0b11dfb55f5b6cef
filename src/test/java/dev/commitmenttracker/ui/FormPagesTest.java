package dev.commitmenttracker.ui;

import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests of the action pages: signs in and waits until the sign-in has landed before going on. These tests
 * record inspections and commitments, so they run in an application (and database) of their own: a test that counts
 * the demonstration data, sharing the base context, is not disturbed.
 */
@TestPropertySource(properties = "tracker.test.database-of=action-pages")
abstract class FormPagesTest extends BrowserTest {

    /** Signs in as a demo user and waits for the landing page, so the next navigation cannot cut the sign-in short. */
    protected Browser signIn(String username) {
        browser.signInAs(username);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> !browser.path().startsWith("/login"));
        return browser;
    }

    /** Clicks what sends a form and waits until the page it leads to has replaced this one. */
    protected void submit(String css) {
        WebElement page = browser.find("html");
        browser.find(css).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }
}
