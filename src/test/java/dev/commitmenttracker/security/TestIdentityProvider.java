package dev.commitmenttracker.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect identity provider for the sign-in tests: Spring Authorization Server, in this JVM, on a port of
 * its own. People sign in on its own form; machine clients get tokens by client credentials. Every token it issues
 * carries the {@code roles} and {@code cps_units} of its {@link Persona}, including values the tracker must ignore.
 * Not a {@code @Configuration}, so the tracker's component scan never picks it up; only the auto-configuration a web
 * server with Spring Security needs is imported (no database, no Axon).
 */
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
public class TestIdentityProvider {

    /** Someone the provider knows: its roles and units as the provider states them, and a password for its form. */
    public record Persona(String name, List<String> roles, List<String> units) {}

    public static final String PASSWORD = "provider-side passphrase";
    public static final String PAGES_CLIENT = "tracker-pages";
    public static final String PAGES_SECRET = "pages client secret";
    /** Each machine client's secret (the provider refuses two clients with one secret). */
    public static String secretOf(String client) {
        return "machine secret of " + client;
    }

    /** People (who sign in on the form) and machine clients (client credentials), by name. */
    public static final Map<String, Persona> PERSONAS = Map.of(
            "ann.manager",
            new Persona("ann.manager", List.of("AREA_MANAGER"), List.of("LONDON_NORTH")),
            "nat.lead",
            new Persona("nat.lead", List.of("NATIONAL_LEAD"), List.of()),
            "no.role",
            new Persona("no.role", List.of("EVERYTHING"), List.of("LONDON_NORTH")),
            "client.london-north",
            new Persona(
                    "client.london-north", List.of("AREA_MANAGER", "SUPER_USER"), List.of("LONDON_NORTH", "ATLANTIS")),
            "client.national",
            new Persona("client.national", List.of("national-lead"), List.of()));

    /** The provider as started: where it is, its signing key, and a way to register the tracker's pages. */
    public record Running(ConfigurableApplicationContext context, int port, RSAKey key) implements AutoCloseable {

        public String issuer() {
            return "http://localhost:" + port;
        }

        /** Registers the tracker's pages as a client, redirecting to this sign-in callback. */
        public void registerPages(String trackerBaseUrl) {
            InMemoryRegisteredClientRepository clients = context.getBean(InMemoryRegisteredClientRepository.class);
            if (clients.findByClientId(PAGES_CLIENT) != null) {
                return;
            }
            clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(PAGES_CLIENT)
                    .clientSecret("{noop}" + PAGES_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(trackerBaseUrl + "/login/oauth2/code/idp")
                    .postLogoutRedirectUri(trackerBaseUrl + "/login?signedOut")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build());
        }

        /** A token signed with the provider's own key, with claims set by the test (expired, another issuer...). */
        public String mint(Consumer<JwtClaimsSet.Builder> claims) {
            return sign(key, claims);
        }

        /** A token that looks like the provider's (same key id) but is signed with another key. */
        public String forge(Consumer<JwtClaimsSet.Builder> claims) {
            try {
                RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
                return sign(other, claims);
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Claims as the provider would issue for this persona now, for {@link #mint} to change. */
        public Consumer<JwtClaimsSet.Builder> claimsOf(String persona) {
            Persona who = PERSONAS.get(persona);
            Instant now = Instant.now();
            return claims -> claims.issuer(issuer())
                    .subject(who.name())
                    .issuedAt(now)
                    .expiresAt(now.plus(Duration.ofMinutes(5)))
                    .claim("preferred_username", who.name())
                    .claim("roles", who.roles())
                    .claim("cps_units", who.units());
        }

        private static String sign(RSAKey key, Consumer<JwtClaimsSet.Builder> claims) {
            JwtClaimsSet.Builder set = JwtClaimsSet.builder();
            claims.accept(set);
            NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
            return encoder.encode(JwtEncoderParameters.from(
                            JwsHeader.with(SignatureAlgorithm.RS256)
                                    .keyId(key.getKeyID())
                                    .build(),
                            set.build()))
                    .getTokenValue();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** Starts a provider on a free port. */
    public static Running start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestIdentityProvider.class)
                .properties(
                        "server.port=0",
                        // Not the tracker's application.yml: this is another application.
                        "spring.config.name=test-identity-provider",
                        // Its session cookie must not overwrite the tracker's (cookies ignore the port).
                        "server.servlet.session.cookie.name=IDP_SESSION",
                        "spring.main.banner-mode=off",
                        "spring.jmx.enabled=false")
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, port, context.getBean(RSAKey.class));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PERSONAS.keySet().stream()
                .filter(name -> !name.startsWith("client."))
                .map(name -> User.withUsername(name)
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build())
                .toList());
    }

    @Bean
    InMemoryRegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(PERSONAS.keySet().stream()
                .filter(name -> name.startsWith("client."))
                .map(name -> RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(name)
                        .clientSecret("{noop}" + secretOf(name))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("tracker")
                        .build())
                .toList());
    }

    @Bean
    RSAKey signingKey() throws com.nimbusds.jose.JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey) throws com.nimbusds.jose.JOSEException {
        return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Every ID token and access token carries its persona's name, roles and units. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> personaClaims() {
        return context -> {
            boolean idToken =
                    OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!idToken && !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            Persona persona = PERSONAS.get(context.getPrincipal().getName());
            if (persona == null) {
                return;
            }
            context.getClaims()
                    .claim("preferred_username", persona.name())
                    .claim("roles", persona.roles())
                    .claim("cps_units", persona.units());
        };
    }
}
