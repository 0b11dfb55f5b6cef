package dev.commitmenttracker.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Logins, from configuration: {@code tracker.security.users[0].username}, {@code .password-hash} (bcrypt, from the
 * environment), {@code .roles}, {@code .areas}. {@code tracker.security.demo-users} switches the demo users on or off
 * (unset: on only with the embedded H2 database; the production profile refuses {@code true}).
 * {@code tracker.security.credential-cache.ttl} and {@code .max-size} bound the cache of verified HTTP Basic credentials.
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(List<UserAccount> users, Boolean demoUsers, CredentialCacheSettings credentialCache) {

    /** How long a verified password is trusted without bcrypt, and for how many users at most. */
    public record CredentialCacheSettings(Duration ttl, Long maxSize) {

        public CredentialCacheSettings {
            ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
            maxSize = maxSize == null ? 10_000L : maxSize;
        }
    }

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        credentialCache = credentialCache == null ? new CredentialCacheSettings(null, null) : credentialCache;
    }
}
