package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Demo users only on the embedded H2 default or by explicit setting; the production profile takes users from
 * configuration and refuses to start with demo users, the demo-users setting or default passwords.
 */
class ProductionUsersTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    static class Encoder {
        @Bean
        PasswordEncoder passwordEncoder() {
            return new SecurityConfig().passwordEncoder();
        }

        @Bean
        CredentialCache credentialCache(SecurityProperties properties) {
            return new SecurityConfig().credentialCache(properties);
        }
    }

    ApplicationContextRunner runner(String profile, String... properties) {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profile))
                .withUserConfiguration(Encoder.class, Users.class)
                .withPropertyValues(properties);
    }

    static final String H2 = "spring.datasource.url=jdbc:h2:mem:users-test";
    static final String POSTGRES = "spring.datasource.url=jdbc:postgresql://db.example:5432/tracker";

    @Test
    void onTheEmbeddedH2DefaultTheDemoUsersLogIn() {
        runner("default", H2).run(context -> {
            UserDetailsService users = context.getBean(UserDetailsService.class);
            assertThat(context.getBean(PasswordEncoder.class)
                            .matches("demo", users.loadUserByUsername("auditor").getPassword()))
                    .isTrue();
            assertThat(users.loadUserByUsername("manager.north-west").getAuthorities())
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_AREA_MANAGER", "AREA_NORTH_WEST");
        });
    }

    @Test
    void onPostgresqlThereAreNoDemoUsersUnlessTheSettingSaysSo() {
        runner("default", POSTGRES).run(context -> {
            UserDetailsService users = context.getBean(UserDetailsService.class);
            assertThatThrownBy(() -> users.loadUserByUsername("lead.national"))
                    .isInstanceOf(UsernameNotFoundException.class);
        });
        runner("default", POSTGRES, "tracker.security.demo-users=true")
                .run(context -> assertThat(context.getBean(UserDetailsService.class)
                                .loadUserByUsername("lead.national")
                                .getAuthorities())
                        .extracting(Object::toString)
                        .containsExactly("ROLE_NATIONAL_LEAD"));
    }

    @Test
    void theDemoUsersCanBeSwitchedOffOnH2() {
        runner("default", H2, "tracker.security.demo-users=false")
                .run(context -> assertThatThrownBy(
                                () -> context.getBean(UserDetailsService.class).loadUserByUsername("auditor"))
                        .isInstanceOf(UsernameNotFoundException.class));
    }

    @Test
    void productionRefusesTheDemoUsersSetting() {
        runner("production", POSTGRES, "tracker.security.demo-users=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("tracker.security.demo-users=true"));
    }

    @Test
    void productionTakesBcryptUsersFromConfiguration() {
        runner(
                        "production",
                        "tracker.security.users[0].username=ccp.wessex",
                        "tracker.security.users[0].password-hash=" + BCRYPT.encode("a-long-secret-from-the-vault"),
                        "tracker.security.users[0].roles=AREA_MANAGER",
                        "tracker.security.users[0].areas=WESSEX")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    UserDetailsService users = context.getBean(UserDetailsService.class);
                    assertThat(users.loadUserByUsername("ccp.wessex").getAuthorities())
                            .extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_AREA_MANAGER", "AREA_WESSEX");
                    assertThat(context.getBeansOfType(UserDetailsService.class)).hasSize(1);
                });
    }

    @Test
    void productionRefusesADemoUser() {
        runner(
                        "production",
                        "tracker.security.users[0].username=auditor",
                        "tracker.security.users[0].password-hash=" + BCRYPT.encode("a-long-secret-from-the-vault"),
                        "tracker.security.users[0].roles=AUDITOR")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("demo user 'auditor'"));
    }

    @Test
    void productionRefusesTheDefaultPassword() {
        runner(
                        "production",
                        "tracker.security.users[0].username=ccp.wessex",
                        "tracker.security.users[0].password-hash=" + BCRYPT.encode("demo"),
                        "tracker.security.users[0].roles=NATIONAL_LEAD")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("default password"));
    }

    @Test
    void productionRefusesAPlainTextPassword() {
        runner(
                        "production",
                        "tracker.security.users[0].username=ccp.wessex",
                        "tracker.security.users[0].password-hash=hunter2",
                        "tracker.security.users[0].roles=NATIONAL_LEAD")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("bcrypt"));
    }
}
