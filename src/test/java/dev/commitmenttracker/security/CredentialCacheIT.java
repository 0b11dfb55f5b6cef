package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** Through HTTP on the started application: bcrypt runs once per login, not once per request. */
@PostgresIntegrationTest
@Import(CredentialCacheIT.Counting.class)
@DirtiesContext // a context of its own: closed after the class, so its connections go back to the shared server
class CredentialCacheIT {

    /** The password encoder of the application, counting its full checks. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        static final AtomicInteger MATCHES = new AtomicInteger();

        @Bean
        @Primary
        PasswordEncoder countingEncoder() {
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return bcrypt.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    MATCHES.incrementAndGet();
                    return bcrypt.matches(raw, encoded);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TrackerUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aLoginIsCheckedWithBcryptOnceAndAWrongPasswordIsStillRefused() {
        Api api = new Api(port);
        int before = Counting.MATCHES.get();
        assertThat(api.as("inspector").get("/api/areas").status()).isEqualTo(200);
        assertThat(api.as("inspector").get("/api/areas").status()).isEqualTo(200);
        assertThat(api.as("inspector").get("/api/reports/areas").status()).isEqualTo(200);
        assertThat(Counting.MATCHES.get() - before)
                .as("bcrypt checks for three requests")
                .isEqualTo(1);

        Api.Response wrong = api.as("inspector", "not-the-password").get("/api/areas");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("code")).isEqualTo("auth.unauthenticated");
        assertThat(Counting.MATCHES.get() - before)
                .as("a wrong password is checked in full")
                .isEqualTo(2);
        assertThat(api.as("inspector").get("/api/areas").status()).isEqualTo(200);
        assertThat(Counting.MATCHES.get() - before).isEqualTo(2);
    }

    @Test
    void aChangeOfRolesTakesEffectOnTheNextRequest() {
        Api api = new Api(port);
        assertThat(api.as("manager.north-west")
                        .get("/api/reports/areas/NORTH_WEST")
                        .status())
                .isEqualTo(200);
        users.updateUser(new UserAccount(
                        "manager.north-west",
                        encoder.encode("demo"),
                        Set.of(TrackerRole.AREA_MANAGER),
                        Set.of(AreaCode.WESSEX))
                .toUserDetails());
        try {
            int before = Counting.MATCHES.get();
            Api.Response refused = api.as("manager.north-west").get("/api/reports/areas/NORTH_WEST");
            assertThat(refused.text("code")).as(refused.toString()).isEqualTo("auth.area-forbidden");
            assertThat(Counting.MATCHES.get() - before)
                    .as("the change evicted the cached login")
                    .isEqualTo(1);
        } finally {
            users.updateUser(new UserAccount(
                            "manager.north-west",
                            encoder.encode("demo"),
                            Set.of(TrackerRole.AREA_MANAGER),
                            Set.of(AreaCode.NORTH_WEST))
                    .toUserDetails());
        }
    }
}
