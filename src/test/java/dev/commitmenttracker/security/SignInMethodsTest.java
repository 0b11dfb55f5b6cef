package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which sign-in methods configuration switches on. */
class SignInMethodsTest {

    static SecurityProperties settings(boolean oidc, Boolean basic) {
        return new SecurityProperties(
                null,
                null,
                null,
                new SecurityProperties.Oidc(
                        oidc, oidc ? "https://login.example/realms/cps" : null, "tracker", "s", null, null, null),
                null,
                new SecurityProperties.Basic(basic),
                null);
    }

    @Test
    void withoutAnIdentityProvider_passwordsOnly() {
        SignInMethods methods = SignInMethods.from(settings(false, null), true);

        assertThat(methods.passwords()).isTrue();
        assertThat(methods.identityProvider()).isFalse();
        assertThat(methods.identityProviderOrigin()).isEmpty();
    }

    @Test
    void inProductionWithAnIdentityProvider_passwordsAreOffUnlessAskedFor() {
        assertThat(SignInMethods.from(settings(true, null), true).passwords()).isFalse();
        assertThat(SignInMethods.from(settings(true, true), true).passwords()).isTrue();
        assertThat(SignInMethods.from(settings(true, null), false).passwords()).isTrue();
        assertThat(SignInMethods.from(settings(true, null), true).identityProviderOrigin())
                .contains("https://login.example");
    }

    @Test
    void noWayToSignInOrNoIssuerRefusesToStart() {
        assertThatThrownBy(() -> SignInMethods.from(settings(false, false), true))
                .hasMessageContaining("leaves no way to sign in");
        SecurityProperties noIssuer = new SecurityProperties(
                null,
                null,
                null,
                new SecurityProperties.Oidc(true, " ", null, null, null, null, null),
                null,
                null,
                null);
        assertThatThrownBy(() -> SignInMethods.from(noIssuer, true)).hasMessageContaining("issuer-uri");
    }
}
