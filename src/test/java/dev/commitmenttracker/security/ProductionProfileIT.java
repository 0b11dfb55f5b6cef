package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile on PostgreSQL: configured users only, no demo logins, no published API description. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
@Import(TestClockConfig.class)
@DirtiesContext // a context of its own: closed after the class, so its connections go back to the shared server
class ProductionProfileIT {

    static final String PASSWORD = "a long passphrase kept in a vault";

    @DynamicPropertySource
    static void configuredUser(DynamicPropertyRegistry registry) {
        registry.add("tracker.security.users[0].username", () -> "ccp.wessex");
        registry.add("tracker.security.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("tracker.security.users[0].roles", () -> "AREA_MANAGER");
        registry.add("tracker.security.users[0].areas", () -> "WESSEX");
    }

    @LocalServerPort
    int port;

    @Test
    void onlyConfiguredUsersLogIn() {
        Api api = new Api(port);
        for (String demo : new String[] {"lead.national", "auditor", "manager.london-north"}) {
            Api.Response refused = api.as(demo).get("/api/areas");
            assertThat(refused.status()).as(demo + " " + refused).isEqualTo(401);
            assertThat(refused.text("code")).isEqualTo("auth.unauthenticated");
        }
        assertThat(api.as("ccp.wessex", PASSWORD)
                        .get("/api/reports/areas/WESSEX")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("ccp.wessex", PASSWORD)
                        .get("/api/reports/areas/NORTH_WEST")
                        .text("code"))
                .isEqualTo("auth.area-forbidden");
    }

    @Test
    void theApiDescriptionIsNotPublished() {
        Api api = new Api(port);
        assertThat(api.as(null).get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.as("ccp.wessex", PASSWORD).get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.as(null).get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(api.as(null).get("/actuator/health").json().has("components"))
                .isFalse();
    }
}
