package dev.commitmenttracker.security;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (HTTP Basic and the sign-in form) behind the {@link LoginThrottle}: a user name or client address
 * with too many recent failures is refused with {@link LoginThrottledException} before the password is looked at (no
 * bcrypt, no cache); otherwise the wrapped check runs in full, and its refusal is counted. A password the credential
 * cache vouches for is held to the failures as recently read ({@link LoginThrottle#recheck}), so that a signed-in API
 * client's requests do not each ask the database (issue 11).
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider check;
    private final LoginThrottle throttle;
    /** The login the credential cache gives for an attempt, if it vouches for its password. */
    private final Function<Authentication, Optional<Authentication>> cached;

    public ThrottledAuthenticationProvider(AuthenticationProvider check, LoginThrottle throttle) {
        this(check, throttle, attempt -> Optional.empty());
    }

    public ThrottledAuthenticationProvider(CachingAuthenticationProvider check, LoginThrottle throttle) {
        this(check, throttle, check::fromCache);
    }

    private ThrottledAuthenticationProvider(
            AuthenticationProvider check,
            LoginThrottle throttle,
            Function<Authentication, Optional<Authentication>> cached) {
        this.check = check;
        this.throttle = throttle;
        this.cached = cached;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        // the cache is looked up once: its login is the answer unless the throttle refuses it
        Optional<Authentication> fromCache = cached.apply(authentication);
        LoginThrottle.Check before =
                fromCache.isPresent() ? throttle.recheck(username, address) : throttle.check(username, address);
        if (before.refusal().isPresent()) {
            throw new LoginThrottledException(before.refusal().get());
        }
        Authentication checked;
        try {
            checked = fromCache.isPresent() ? fromCache.get() : check.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        if (checked != null && checked.isAuthenticated()) {
            throttle.succeeded(before);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return check.supports(authentication);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
