package dev.commitmenttracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Passwords that passed the full (bcrypt) check recently, as Elasticsearch's realms cache verified credentials: keyed by
 * username, each entry holds a SHA-256 of a random per-process salt, the username and the password that passed (never
 * the password), and the login it gave. A password is trusted from here only when its own hash is exactly that one.
 * Entries expire after {@code tracker.security.credential-cache.ttl}; at most {@code .max-size} users are kept; a
 * user's entry goes when the user's password or roles change ({@link #evict}).
 */
public final class CredentialCache {

    private record Verified(byte[] hash, Object principal, List<GrantedAuthority> authorities) {}

    private final Cache<String, Verified> verified;
    private final byte[] salt = new byte[32];

    public CredentialCache(SecurityProperties.CredentialCacheSettings settings, Ticker ticker) {
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maxSize())
                .ticker(ticker)
                .build();
        new SecureRandom().nextBytes(salt);
    }

    /** The login this exact username and password gave when last verified, if that is recent enough. */
    Optional<Authentication> lookup(String username, String password) {
        Verified known = verified.getIfPresent(username);
        if (known == null || !MessageDigest.isEqual(known.hash(), hash(username, password))) {
            return Optional.empty();
        }
        return Optional.of(
                UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.authorities()));
    }

    /** Remembers that this password passed the full check and gave this login. */
    void remember(String username, String password, Authentication login) {
        verified.put(
                username,
                new Verified(hash(username, password), login.getPrincipal(), List.copyOf(login.getAuthorities())));
    }

    /** Forgets the verified password of this user: the next request is checked in full. */
    public void evict(String username) {
        verified.invalidate(username);
    }

    private byte[] hash(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
