package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Keeping a unit's contacts on its page (refused input shown with the error summary, nothing recorded), and the
 * notifications page on the embedded delivery: the daily job run from the page shows what would be sent.
 */
class ReminderPagesIT extends FormPagesTest {

    @Test
    void aManagerKeepsTheirUnitsContactsAndABadEmailIsShownAndNotRecorded() {
        signIn("manager.london-north").go("/units/LONDON_NORTH/contacts");
        assertThat(browser.heading()).isEqualTo("Contacts of CPS London North");
        browser.assertAccessible("contacts");

        new Select(browser.find("#contact-ownerRole")).selectByValue("LEGAL_MANAGER");
        browser.fill("contact-name", "Priya Shah").fill("contact-email", "priya.shah@");
        submit("#save-contact");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#contact-email");
        assertThat(browser.findAll("#contacts tbody tr")).isEmpty();
        browser.assertAccessible("contacts-error");

        new Select(browser.find("#contact-ownerRole")).selectByValue("LEGAL_MANAGER");
        browser.fill("contact-name", "Priya Shah").fill("contact-email", "priya.shah@example.gov.uk");
        submit("#save-contact");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Priya Shah");
        assertThat(browser.find("#contacts tr[data-role=LEGAL_MANAGER]").getText())
                .contains("priya.shah@example.gov.uk");
        assertThat(browser.findAll("#history tbody tr")).hasSize(1);

        browser.go("/units/NORTH_WEST/contacts");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }

    @Test
    void aNationalLeadRunsTheDailyJobAndSeesWhatWouldBeSent() {
        signIn("lead.national").go("/notifications");
        assertThat(browser.find("#delivery").getText()).contains("what would be sent");
        submit("#run-now");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("The daily job ran");
        browser.assertAccessible("notifications");
    }
}
