package dev.commitmenttracker.security;

import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a username and password in full once (the wrapped provider: bcrypt), then lets the same password in from the
 * {@link CredentialCache} until it expires. Any other password, right or wrong, goes to the full check; a wrong one is
 * refused there, at full cost, whatever the cache holds.
 */
public final class CachingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider fullCheck;
    private final CredentialCache cache;

    public CachingAuthenticationProvider(AuthenticationProvider fullCheck, CredentialCache cache) {
        this.fullCheck = fullCheck;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password) || authentication.getName() == null) {
            return fullCheck.authenticate(authentication);
        }
        Optional<Authentication> cached = fromCache(authentication);
        if (cached.isPresent()) {
            return cached.get();
        }
        Authentication checked = fullCheck.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            cache.remember(authentication.getName(), password, checked);
        }
        return checked;
    }

    /** The login this username and password give from the cache, without the full check; empty if it has none. */
    Optional<Authentication> fromCache(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password) || authentication.getName() == null) {
            return Optional.empty();
        }
        Optional<Authentication> cached = cache.lookup(authentication.getName(), password);
        if (cached.isPresent() && cached.get() instanceof AbstractAuthenticationToken token) {
            token.setDetails(authentication.getDetails());
        }
        return cached;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return fullCheck.supports(authentication);
    }
}
