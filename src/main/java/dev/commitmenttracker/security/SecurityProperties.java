package dev.commitmenttracker.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the production profile, from configuration: {@code tracker.security.users[0].username},
 * {@code .password-hash} (bcrypt, from the environment), {@code .roles}, {@code .areas}.
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(List<UserAccount> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
