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
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Where logins come from. The demo users (each with password {@code demo}, a national lead among them) exist only on
 * the embedded H2 default, or where {@code tracker.security.demo-users=true} says so explicitly; the production profile
 * refuses to start with that setting. Everywhere else the users of {@link SecurityProperties} log in, and the
 * application refuses to start if any of them is a demo user or has a default password.
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
                // a unit that is not an Area is scoped the same way (AREA_CPS_DIRECT): ADR 0014
                new UserAccount("manager.cps-direct", hash, Set.of(AREA_MANAGER), Set.of(AreaCode.CPS_DIRECT)),
                new UserAccount("lead.national", hash, Set.of(NATIONAL_LEAD), Set.of()),
                new UserAccount("auditor", hash, Set.of(AUDITOR), Set.of()),
                new UserAccount("analyst", hash, Set.of(ANALYST), Set.of()),
                new UserAccount("inspector", hash, Set.of(INSPECTOR), Set.of()));
    }

    @Bean
    TrackerUsers trackerUsers(
            SecurityProperties properties, PasswordEncoder encoder, Environment environment, CredentialCache cache) {
        boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION));
        if (production && Boolean.TRUE.equals(properties.demoUsers())) {
            throw new IllegalStateException(
                    "Refusing to start: tracker.security.demo-users=true gives everyone the demo logins (a national "
                            + "lead among them); the " + PRODUCTION
                            + " profile takes its users from tracker.security.users only.");
        }
        List<UserAccount> accounts;
        if (demoUsersWanted(properties, environment, production)) {
            log.warn(
                    "Demo users are active (password '{}', a national lead among them): set tracker.security.demo-users=false and configure "
                            + "tracker.security.users, or start with the '{}' profile.",
                    DEMO_PASSWORD,
                    PRODUCTION);
            accounts = demoAccounts(encoder);
        } else {
            accounts = checked(properties.users(), encoder);
            if (accounts.isEmpty()) {
                log.warn("No logins are configured (tracker.security.users): every API request will be refused.");
            }
        }
        return new TrackerUsers(
                accounts.stream().map(UserAccount::toUserDetails).toList(), cache::evict);
    }

    /** Explicit setting first; unset, only the embedded H2 default has demo users. */
    private static boolean demoUsersWanted(SecurityProperties properties, Environment environment, boolean production) {
        if (properties.demoUsers() != null) {
            return properties.demoUsers();
        }
        return !production
                && environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }

    private static List<UserAccount> checked(List<UserAccount> accounts, PasswordEncoder encoder) {
        List<String> demoNames =
                demoAccounts(encoder).stream().map(UserAccount::username).toList();
        for (UserAccount account : accounts) {
            if (demoNames.contains(account.username())) {
                throw new IllegalStateException(
                        "Refusing to start: demo user '" + account.username() + "' is configured as a real user.");
            }
            if (account.passwordHash() == null
                    || !account.passwordHash().matches("^\\{bcrypt}\\$2[aby]?\\$.*|^\\$2[aby]?\\$.*")) {
                throw new IllegalStateException(
                        "Refusing to start: user '" + account.username() + "' needs a bcrypt password hash.");
            }
            for (String weak : List.of(DEMO_PASSWORD, "password", "changeme", account.username())) {
                if (encoder.matches(weak, account.passwordHash())) {
                    throw new IllegalStateException(
                            "Refusing to start: user '" + account.username() + "' has a default password.");
                }
            }
            if (account.roles().isEmpty()) {
                throw new IllegalStateException("Refusing to start: user '" + account.username() + "' has no role.");
            }
        }
        return accounts;
    }
}
