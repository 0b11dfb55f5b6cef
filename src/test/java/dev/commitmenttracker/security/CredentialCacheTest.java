package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.AreaCode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password is checked with bcrypt once per time to live; a wrong one is always checked in full and refused. */
class CredentialCacheTest {

    /** Counts the full checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final AtomicLong nanos = new AtomicLong();
    final CredentialCache cache = new CredentialCache(
            new SecurityProperties.CredentialCacheSettings(Duration.ofMinutes(5), 100L), nanos::get);
    final TrackerUsers users = new TrackerUsers(
            List.of(new UserAccount(
                            "manager.wessex",
                            encoder.encode("right horse battery"),
                            Set.of(TrackerRole.AREA_MANAGER),
                            Set.of(AreaCode.WESSEX))
                    .toUserDetails()),
            cache::evict);
    final CachingAuthenticationProvider logins = provider();

    CachingAuthenticationProvider provider() {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return new CachingAuthenticationProvider(fullCheck, cache);
    }

    Authentication login(String password) {
        return logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("manager.wessex", password));
    }

    @Test
    void theRightPasswordTwiceIsCheckedWithBcryptOnce() {
        Authentication first = login("right horse battery");
        Authentication second = login("right horse battery");

        assertThat(encoder.matches).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("manager.wessex");
        assertThat(second.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AREA_MANAGER", "AREA_WESSEX", "FACTOR_PASSWORD")
                .containsExactlyInAnyOrderElementsOf(first.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    @Test
    void aWrongPasswordAfterACachedLoginIsCheckedInFullAndRefused() {
        login("right horse battery");

        assertThatThrownBy(() -> login("wrong horse battery")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches).hasValue(3);
        login("right horse battery");
        assertThat(encoder.matches).as("the right password is still cached").hasValue(3);
    }

    @Test
    void afterTheTimeToLiveThePasswordIsCheckedAgain() {
        login("right horse battery");
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        login("right horse battery");
        assertThat(encoder.matches).hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        login("right horse battery");
        assertThat(encoder.matches).hasValue(2);
    }

    @Test
    void aChangeOfRolesEvictsTheUser() {
        login("right horse battery");
        users.updateUser(new UserAccount(
                        "manager.wessex", encoder.encode("right horse battery"), Set.of(TrackerRole.ANALYST), Set.of())
                .toUserDetails());

        Authentication after = login("right horse battery");

        assertThat(encoder.matches).hasValue(2);
        assertThat(after.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ANALYST", "FACTOR_PASSWORD");
    }

    @Test
    void aChangeOfPasswordEvictsTheUserSoTheOldPasswordIsRefused() {
        login("right horse battery");
        users.updateUser(new UserAccount(
                        "manager.wessex",
                        encoder.encode("a new long password"),
                        Set.of(TrackerRole.AREA_MANAGER),
                        Set.of(AreaCode.WESSEX))
                .toUserDetails());

        assertThatThrownBy(() -> login("right horse battery")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("a new long password").isAuthenticated()).isTrue();
    }

    @Test
    void anotherUsersPasswordDoesNotOpenThisUser() {
        users.createUser(
                new UserAccount("auditor.two", encoder.encode("another secret"), Set.of(TrackerRole.AUDITOR), Set.of())
                        .toUserDetails());
        login("right horse battery");

        assertThatThrownBy(() -> logins.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("auditor.two", "right horse battery")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
