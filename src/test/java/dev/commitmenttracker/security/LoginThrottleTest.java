package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Repeated failed sign-ins are refused without a password check, per user name and per client address, until the
 * failures leave the window; a wrong password under the limit is still checked in full and refused.
 */
class LoginThrottleTest {

    static final String PASSWORD = "right horse battery";
    static final String HERE = "10.0.0.7";

    final CredentialCacheTest.CountingEncoder encoder = new CredentialCacheTest.CountingEncoder();
    final MutableClock clock = new MutableClock();
    final TrackerUsers users = new TrackerUsers(
            List.of(
                    account("manager.wessex", AreaCode.WESSEX).toUserDetails(),
                    account("manager.mersey", AreaCode.MERSEY_CHESHIRE).toUserDetails()),
            username -> {});
    final ThrottledAuthenticationProvider logins = new ThrottledAuthenticationProvider(
            fullCheck(),
            new LoginThrottle(
                    new SecurityProperties.Throttle(5, 20, Duration.ofMinutes(15), 1000L, null, null), clock));

    UserAccount account(String username, AreaCode area) {
        return new UserAccount(username, encoder.encode(PASSWORD), Set.of(TrackerRole.AREA_MANAGER), Set.of(area));
    }

    DaoAuthenticationProvider fullCheck() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return logins.authenticate(attempt);
    }

    void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong " + username, address))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void givenFourFailures_whenAFifthWrongPassword_thenItIsCheckedInFullAndRefused() {
        failTimes(4, "manager.wessex", HERE);
        int checks = encoder.matches.get();

        assertThatThrownBy(() -> signIn("manager.wessex", "still wrong", HERE))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get()).isEqualTo(checks + 1);
    }

    @Test
    void givenFiveFailures_whenTheRightPassword_thenRefusedUncheckedWithRetryAfterTheWindow() {
        failTimes(5, "manager.wessex", HERE);
        int checks = encoder.matches.get();

        assertThatThrownBy(() -> signIn("manager.wessex", PASSWORD, HERE))
                .isInstanceOfSatisfying(LoginThrottledException.class, throttled -> {
                    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(throttled.retryAfterSeconds()).isEqualTo(900);
                    assertThat(throttled.detail()).contains("Try again in 15 minutes");
                });
        assertThat(encoder.matches.get()).as("no bcrypt while throttled").isEqualTo(checks);
    }

    @Test
    void givenFiveFailuresForOneUser_whenAnotherUserSignsIn_thenThatUserIsNotThrottled() {
        failTimes(5, "manager.wessex", HERE);

        assertThat(signIn("manager.mersey", PASSWORD, HERE).isAuthenticated()).isTrue();
    }

    @Test
    void givenFiveFailures_whenTheWindowHasPassed_thenTheRightPasswordSignsIn() {
        failTimes(5, "Manager.Wessex", HERE);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> signIn("manager.wessex", PASSWORD, HERE))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(signIn("manager.wessex", PASSWORD, HERE).isAuthenticated()).isTrue();
    }

    @Test
    void givenFailuresSpreadOverTime_whenThrottled_thenRetryAfterCountsFromTheOldestFailureThatStillDecides() {
        failTimes(3, "manager.wessex", HERE);
        clock.advance(Duration.ofMinutes(6));
        failTimes(2, "manager.wessex", HERE);

        assertThatThrownBy(() -> signIn("manager.wessex", PASSWORD, HERE))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(9)));
    }

    @Test
    void givenTwentyFailuresFromOneAddress_whenAnyUserTriesFromThere_thenRefusedUnchecked_butNotFromElsewhere() {
        for (int user = 0; user < 20; user++) {
            failTimes(1, "nobody." + user, HERE);
        }
        int checks = encoder.matches.get();

        assertThatThrownBy(() -> signIn("manager.wessex", PASSWORD, HERE)).isInstanceOf(LoginThrottledException.class);
        assertThat(encoder.matches.get()).isEqualTo(checks);
        assertThat(signIn("manager.wessex", PASSWORD, "10.0.0.8").isAuthenticated())
                .isTrue();
    }

    @Test
    void givenFourFailures_whenTheRightPassword_thenSignedInAndTheUsersFailuresAreForgotten() {
        failTimes(4, "manager.wessex", HERE);
        assertThat(signIn("manager.wessex", PASSWORD, HERE).isAuthenticated()).isTrue();

        failTimes(4, "manager.wessex", HERE);

        assertThat(signIn("manager.wessex", PASSWORD, HERE).isAuthenticated()).isTrue();
    }
}
