package dev.commitmenttracker.ui;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the page tests ({@code *PagesIT}): the started application on PostgreSQL with the demonstration data, one
 * headless chromium per test class, signed out before each test, projections caught up so pages and API agree.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "tracker.demo-data.enabled=true")
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOutWithProjectionsCaughtUp() {
        api = new Api(port);
        ProjectionsCaughtUp.await(api);
        browser.at(port).signedOut();
    }
}
