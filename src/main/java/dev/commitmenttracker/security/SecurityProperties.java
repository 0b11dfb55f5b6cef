package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.AreaCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Logins, from configuration: {@code tracker.security.users[0].username}, {@code .password-hash} (bcrypt, from the
 * environment), {@code .roles}, {@code .areas}. {@code tracker.security.demo-users} switches the demo users on or off
 * (unset: on only with the embedded H2 database; the production profile refuses {@code true}).
 * {@code tracker.security.credential-cache.ttl} and {@code .max-size} bound the cache of verified HTTP Basic credentials.
 * {@code tracker.security.oidc.*} signs people in through the organisation's identity provider and
 * {@code tracker.security.claims.*} says which of its claims carry roles and units; {@code tracker.security.basic.enabled}
 * keeps or drops passwords (HTTP Basic and the sign-in form); {@code tracker.security.throttle.*} bounds failed sign-ins.
 * See docs/access.md and ADR 0018.
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(
        List<UserAccount> users,
        Boolean demoUsers,
        CredentialCacheSettings credentialCache,
        Oidc oidc,
        Claims claims,
        Basic basic,
        Throttle throttle) {

    /** How long a verified password is trusted without bcrypt, and for how many users at most. */
    public record CredentialCacheSettings(Duration ttl, Long maxSize) {

        public CredentialCacheSettings {
            ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
            maxSize = maxSize == null ? 10_000L : maxSize;
        }
    }

    /**
     * The identity provider: OpenID Connect sign-in for the pages and JWT bearer tokens for the API, both from the issuer
     * at {@code issuer-uri} (its {@code /.well-known/openid-configuration} is read on first use). {@code client-id} and
     * {@code client-secret} are the pages' registration with it; {@code audience}, when set, must be among a bearer
     * token's {@code aud}; {@code display-name} names it on the sign-in page.
     */
    public record Oidc(
            boolean enabled,
            String issuerUri,
            String clientId,
            String clientSecret,
            List<String> scopes,
            String audience,
            String displayName) {

        public Oidc {
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
            displayName = displayName == null || displayName.isBlank() ? "your organisation's account" : displayName;
        }
    }

    /**
     * Which claims of a token say who someone is and what they may do. {@code roles} holds role values, {@code units}
     * CPS unit codes (a claim name, or a dotted path into nested claims such as Keycloak's {@code realm_access.roles});
     * a value is a role or unit when it names one ({@code area-manager}, {@code AREA_MANAGER} and {@code Area Manager}
     * are the same) or when {@code role-values} / {@code unit-values} map it to one. Anything else is ignored and
     * logged, never granted. {@code username} names the claim shown and recorded as the actor (else {@code sub}).
     */
    public record Claims(
            String roles,
            String units,
            String username,
            Map<String, TrackerRole> roleValues,
            Map<String, AreaCode> unitValues) {

        public Claims {
            roles = roles == null || roles.isBlank() ? "roles" : roles;
            units = units == null || units.isBlank() ? "cps_units" : units;
            username = username == null || username.isBlank() ? "preferred_username" : username;
            roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
            unitValues = unitValues == null ? Map.of() : Map.copyOf(unitValues);
        }
    }

    /**
     * Whether passwords sign in at all: HTTP Basic for API clients and the sign-in form for the pages. Unset: yes,
     * except in the production profile with OpenID Connect on.
     */
    public record Basic(Boolean enabled) {}

    /**
     * Failed sign-ins with a password: after {@code user-failures} failures for one user name, or {@code
     * address-failures} from one client address, within {@code window}, further attempts are refused (429) without
     * checking the password until enough of those failures are older than the window. The failures are counted in the
     * database, for every node at once (ADR 0022). When the database does not answer, each node counts its own for
     * {@code shared-retry} before asking it again, remembering at most {@code max-keys} user names and addresses. A
     * password the credential cache vouches for is held to the failures as read at most {@code recheck-after} ago (its
     * own node's failures at once), so that a cached request does not ask the database every time.
     */
    public record Throttle(
            Integer userFailures,
            Integer addressFailures,
            Duration window,
            Long maxKeys,
            Duration sharedRetry,
            Duration recheckAfter) {

        public Throttle {
            userFailures = userFailures == null ? 5 : userFailures;
            addressFailures = addressFailures == null ? 20 : addressFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            maxKeys = maxKeys == null ? 100_000L : maxKeys;
            sharedRetry = sharedRetry == null ? Duration.ofSeconds(10) : sharedRetry;
            recheckAfter = recheckAfter == null ? Duration.ofSeconds(1) : recheckAfter;
        }
    }

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        credentialCache = credentialCache == null ? new CredentialCacheSettings(null, null) : credentialCache;
        oidc = oidc == null ? new Oidc(false, null, null, null, null, null, null) : oidc;
        claims = claims == null ? new Claims(null, null, null, null, null) : claims;
        basic = basic == null ? new Basic(null) : basic;
        throttle = throttle == null ? new Throttle(null, null, null, null, null, null) : throttle;
    }
}
