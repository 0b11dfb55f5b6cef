package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Verifying the record as an auditor, and looking after the projections as a national lead. */
class AuditAndAdminPagesIT extends FormPagesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorVerifiesTheStoreKeepsTheDigestAndChecksItLater() {
        signIn("auditor").go("/audit");
        browser.assertAccessible("audit");

        submit("#store-form button");
        assertThat(browser.find("#result").getText()).contains("Verified");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(browser.find("#events-checked").getText()).isEqualTo(String.valueOf(events));
        String digest = browser.find("#digest").getText();
        String position = browser.find("#position").getText();
        browser.assertAccessible("audit-verified");

        HttpResponse<String> download = browser.fetch("/audit/digest.json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        JsonNode kept = JsonMapper.builder().build().readTree(download.body());
        assertThat(kept.path("digest").asString()).isEqualTo(digest);
        assertThat(kept.path("position").asString()).isEqualTo(position);

        browser.fill("digest-position", position).fill("digest-digest", digest);
        submit("#digest-form button");
        assertThat(browser.find("#result").getText()).contains("Verified");

        browser.fill("digest-position", position).fill("digest-digest", "0".repeat(64));
        submit("#digest-form button");
        assertThat(browser.find("#result").getText())
                .contains("does not verify")
                .contains("differs from the one kept");

        browser.fill("digest-position", "the end").fill("digest-digest", digest);
        submit("#digest-form button");
        assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href"))
                .isEqualTo("#digest-position");
        browser.assertAccessible("audit-error");

        String commitment = jdbc.queryForObject(
                "select aggregate_identifier from domain_event_entry where payload_type like '%CommitmentRecorded' limit 1",
                String.class);
        browser.fill("commitment-commitment", commitment);
        submit("#commitment-form button");
        assertThat(browser.find("#result").getText()).contains("Verified");
        assertThat(Long.parseLong(browser.find("#events-checked").getText())).isPositive();
    }

    @Test
    void onlyAuditReadersVerifyAndOnlyNationalLeadsSeeTheProjections() {
        signIn("manager.london-north").go("/audit");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.go("/admin/projections");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        signIn("auditor");
        assertThat(browser.fetch("/admin/projections").statusCode()).isEqualTo(403);
    }

    @Test
    void aNationalLeadRebuildsAProjectionAfterConfirming() {
        signIn("lead.national").go("/admin/projections");
        assertThat(browser.findAll("#projections tbody tr")).isNotEmpty();
        assertThat(browser.find("#projections tr[data-projection=inspections] [data-column=lag]")
                        .getText())
                .isEqualTo("0");
        browser.assertAccessible("admin-projections");

        submit("#projections tr[data-projection=inspections] a");
        assertThat(browser.heading()).isEqualTo("Rebuild inspections?");
        browser.assertAccessible("admin-rebuild");
        submit("#rebuild-form button");

        assertThat(browser.path()).isEqualTo("/admin/projections");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Rebuilding inspections");
        dev.commitmenttracker.support.ProjectionsCaughtUp.await(api);
        long inspections = jdbc.queryForObject(
                "select count(distinct aggregate_identifier) from domain_event_entry where payload_type like '%InspectionRecorded'",
                Long.class);
        assertThat(jdbc.queryForObject("select count(*) from inspection_summary", Long.class))
                .isEqualTo(inspections);
    }
}
