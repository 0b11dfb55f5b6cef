package dev.commitmenttracker.security;

import java.net.URI;
import java.util.Optional;

/**
 * How people sign in here, as configuration decides it (ADR 0018): with a password (HTTP Basic for the API, the form for
 * the pages), through the organisation's identity provider (OpenID Connect for the pages, JWT bearer tokens for the
 * API), or both. Passwords stay on unless {@code tracker.security.basic.enabled=false}, or unless it is unset in the
 * production profile with the identity provider on.
 */
public record SignInMethods(
        boolean passwords, boolean identityProvider, String identityProviderName, String issuerUri) {

    /** The registration of the identity provider with Spring Security: {@code /oauth2/authorization/idp}. */
    public static final String REGISTRATION_ID = "idp";

    public static SignInMethods from(SecurityProperties properties, boolean production) {
        SecurityProperties.Oidc oidc = properties.oidc();
        if (oidc.enabled() && (oidc.issuerUri() == null || oidc.issuerUri().isBlank())) {
            throw new IllegalStateException(
                    "Refusing to start: tracker.security.oidc.enabled=true needs tracker.security.oidc.issuer-uri.");
        }
        Boolean basic = properties.basic().enabled();
        boolean passwords = basic != null ? basic : !(production && oidc.enabled());
        if (!passwords && !oidc.enabled()) {
            throw new IllegalStateException("Refusing to start: tracker.security.basic.enabled=false leaves no way to "
                    + "sign in; switch on tracker.security.oidc.enabled or keep passwords.");
        }
        return new SignInMethods(passwords, oidc.enabled(), oidc.displayName(), oidc.issuerUri());
    }

    /** Where the pages send someone to sign in with the identity provider. */
    public String identityProviderPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }

    /** The identity provider's origin ({@code https://login.example}), if it is on. */
    public Optional<String> identityProviderOrigin() {
        if (!identityProvider) {
            return Optional.empty();
        }
        URI issuer = URI.create(issuerUri);
        return Optional.of(
                issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort()));
    }
}
