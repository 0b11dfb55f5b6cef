package dev.commitmenttracker.security;

import static dev.commitmenttracker.security.TrackerRole.ANALYST;
import static dev.commitmenttracker.security.TrackerRole.AREA_MANAGER;
import static dev.commitmenttracker.security.TrackerRole.AUDITOR;
import static dev.commitmenttracker.security.TrackerRole.INSPECTOR;
import static dev.commitmenttracker.security.TrackerRole.NATIONAL_LEAD;

import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Where logins come from. Without the production profile: the demo users, each with password {@code demo},
 * whatever the database. With it: the users of {@link SecurityProperties}, and the application refuses to start
 * if any of them is a demo user or has a default password.
 */
@Configuration(proxyBeanMethods = false)
class Users {

    static final String PRODUCTION = "production";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(Users.class);

    static List<UserAccount> demoAccounts(PasswordEncoder encoder) {
        String hash = encoder.encode(DEMO_PASSWORD);
        return List.of(
                new UserAccount("manager.london-north", hash, Set.of(AREA_MANAGER), Set.of(AreaCode.LONDON_NORTH)),
                new UserAccount("manager.north-west", hash, Set.of(AREA_MANAGER), Set.of(AreaCode.NORTH_WEST)),
                new UserAccount("lead.national", hash, Set.of(NATIONAL_LEAD), Set.of()),
                new UserAccount("auditor", hash, Set.of(AUDITOR), Set.of()),
                new UserAccount("analyst", hash, Set.of(ANALYST), Set.of()),
                new UserAccount("inspector", hash, Set.of(INSPECTOR), Set.of()));
    }

    @Bean
    @Profile("!" + PRODUCTION)
    UserDetailsService demoUsers(PasswordEncoder encoder) {
        log.warn("Demo users are active (password '{}'): start with the '{}' profile to use configured users.", DEMO_PASSWORD, PRODUCTION);
        return new InMemoryUserDetailsManager(demoAccounts(encoder).stream().map(UserAccount::toUserDetails).toList());
    }

    @Bean
    @Profile(PRODUCTION)
    UserDetailsService configuredUsers(SecurityProperties properties, PasswordEncoder encoder) {
        List<String> demoNames = demoAccounts(encoder).stream().map(UserAccount::username).toList();
        for (UserAccount account : properties.users()) {
            if (demoNames.contains(account.username())) {
                throw new IllegalStateException("Refusing to start: demo user '" + account.username() + "' is configured in production.");
            }
            if (account.passwordHash() == null || !account.passwordHash().matches("^\\{bcrypt}\\$2[aby]?\\$.*|^\\$2[aby]?\\$.*")) {
                throw new IllegalStateException("Refusing to start: user '" + account.username() + "' needs a bcrypt password hash.");
            }
            for (String weak : List.of(DEMO_PASSWORD, "password", "changeme", account.username())) {
                if (encoder.matches(weak, account.passwordHash())) {
                    throw new IllegalStateException("Refusing to start: user '" + account.username() + "' has a default password.");
                }
            }
            if (account.roles().isEmpty()) {
                throw new IllegalStateException("Refusing to start: user '" + account.username() + "' has no role.");
            }
        }
        return new InMemoryUserDetailsManager(properties.users().stream().map(UserAccount::toUserDetails).toList());
    }
}
