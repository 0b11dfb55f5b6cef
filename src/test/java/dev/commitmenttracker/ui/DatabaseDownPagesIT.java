package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** When the database cannot answer, a page says the service is unavailable (503) instead of failing as a 500. */
@TestPropertySource(properties = "test.database=pages-database-down")
@DirtiesContext
class DatabaseDownPagesIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageWhoseReportCannotBeReadIsTheServiceUnavailablePage() {
        browser.signInAs("manager.london-north");
        jdbc.execute("alter table report_commitment rename to report_commitment_away");
        try {
            browser.go("/areas/LONDON_NORTH");

            assertThat(browser.heading()).isEqualTo("Sorry, the service is unavailable");
            assertThat(browser.fetch("/areas/LONDON_NORTH").statusCode()).isEqualTo(503);
            browser.assertAccessible("error-503");
        } finally {
            jdbc.execute("alter table report_commitment_away rename to report_commitment");
        }
    }
}
