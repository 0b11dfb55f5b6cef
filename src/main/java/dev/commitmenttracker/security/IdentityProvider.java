package dev.commitmenttracker.security;

import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The organisation's identity provider, from {@code tracker.security.oidc}: the JWT decoder for the API's bearer tokens
 * (signature by the issuer's published keys, issuer, expiry and, if configured, audience), the pages' OpenID Connect
 * registration, and the mapping of both kinds of token to the tracker's authorities ({@link ClaimMapping}). The issuer's
 * discovery document is read on first use, not at start-up, so the tracker starts while the provider is away.
 */
public final class IdentityProvider {

    private final SecurityProperties.Oidc oidc;
    private final ClaimMapping mapping;
    private final JwtDecoder decoder;
    private final ClientRegistrationRepository registrations;

    public IdentityProvider(SecurityProperties.Oidc oidc, ClaimMapping mapping) {
        this.oidc = oidc;
        this.mapping = mapping;
        this.decoder = new SupplierJwtDecoder(this::issuerDecoder);
        this.registrations = new LazyRegistration(this::registration);
    }

    public JwtDecoder jwtDecoder() {
        return decoder;
    }

    /** Authenticates bearer tokens: the decoder, then the claims mapped to the tracker's authorities. */
    public AuthenticationManager bearerTokens() {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwtAuthentication());
        return new ProviderManager(provider);
    }

    public Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication() {
        return jwt -> new JwtAuthenticationToken(
                jwt, mapping.authorities(jwt.getClaims()), mapping.username(jwt.getClaims()));
    }

    public ClientRegistrationRepository registrations() {
        return registrations;
    }

    /** Loads the signed-in user as OpenID Connect says, then keeps only the tracker's authorities its claims map to. */
    public OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Map<String, Object> claims = user.getClaims();
            List<GrantedAuthority> authorities = mapping.authorities(claims);
            return new DefaultOidcUser(
                    authorities, user.getIdToken(), user.getUserInfo(), mapping.usernameClaim(claims));
        };
    }

    private JwtDecoder issuerDecoder() {
        NimbusJwtDecoder nimbus =
                NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(oidc.issuerUri());
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validator = new DelegatingOAuth2TokenValidator<>(
                    validator,
                    new JwtClaimValidator<List<String>>(
                            JwtClaimNames.AUD, audience -> audience != null && audience.contains(oidc.audience())));
        }
        nimbus.setJwtValidator(validator);
        return nimbus;
    }

    private ClientRegistration registration() {
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(SignInMethods.REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(oidc.displayName())
                .build();
    }

    /** The one registration, read from the issuer the first time it is needed (and again until that succeeds). */
    private static final class LazyRegistration implements ClientRegistrationRepository {

        private final java.util.function.Supplier<ClientRegistration> load;
        private volatile ClientRegistration loaded;

        LazyRegistration(java.util.function.Supplier<ClientRegistration> load) {
            this.load = load;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!SignInMethods.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration registration = loaded;
            if (registration == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = load.get();
                    }
                    registration = loaded;
                }
            }
            return registration;
        }
    }
}
