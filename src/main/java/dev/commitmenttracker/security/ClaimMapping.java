package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.AreaCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns the claims of an identity provider's token into the tracker's authorities, as {@code tracker.security.claims}
 * says: role values into {@code ROLE_<ROLE>}, CPS unit codes into {@code AREA_<CODE>}, the same authorities a configured
 * login has ({@link UserAccount}). A value that names no role or unit is ignored and logged: nothing is granted that
 * the tracker does not know.
 */
public final class ClaimMapping {

    private static final Logger log = LoggerFactory.getLogger(ClaimMapping.class);
    private static final String SUBJECT = "sub";

    private final SecurityProperties.Claims claims;

    public ClaimMapping(SecurityProperties.Claims claims) {
        this.claims = claims;
    }

    /** The tracker's authorities for these claims: known roles and known units only. */
    public List<GrantedAuthority> authorities(Map<String, Object> tokenClaims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : values(tokenClaims, claims.roles())) {
            TrackerRole role = role(value);
            if (role == null) {
                log.warn(
                        "Ignoring role '{}' in claim '{}' of {}: it names no tracker role",
                        printable(value),
                        claims.roles(),
                        printable(subject(tokenClaims)));
            } else {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        for (String value : values(tokenClaims, claims.units())) {
            AreaCode unit = unit(value);
            if (unit == null) {
                log.warn(
                        "Ignoring unit '{}' in claim '{}' of {}: it names no CPS unit",
                        printable(value),
                        claims.units(),
                        printable(subject(tokenClaims)));
            } else {
                authorities.add(new SimpleGrantedAuthority(UserAccount.AREA_AUTHORITY_PREFIX + unit.name()));
            }
        }
        return List.copyOf(authorities);
    }

    /** The claim that names the user as shown and recorded ({@code username}), else the subject. */
    public String usernameClaim(Map<String, Object> tokenClaims) {
        Object name = tokenClaims.get(claims.username());
        return name instanceof String text && !text.isBlank() ? claims.username() : SUBJECT;
    }

    /** The user's name: the {@code username} claim, else the subject. */
    public String username(Map<String, Object> tokenClaims) {
        return String.valueOf(tokenClaims.get(usernameClaim(tokenClaims)));
    }

    private TrackerRole role(String value) {
        TrackerRole mapped = claims.roleValues().get(value);
        if (mapped != null) {
            return mapped;
        }
        String name = normalised(value);
        for (TrackerRole role : TrackerRole.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private AreaCode unit(String value) {
        AreaCode mapped = claims.unitValues().get(value);
        if (mapped != null) {
            return mapped;
        }
        String name = normalised(value);
        for (AreaCode unit : AreaCode.values()) {
            if (unit.name().equals(name)) {
                return unit;
            }
        }
        return null;
    }

    /** {@code area-manager}, {@code Area Manager} and {@code AREA_MANAGER} are one name. */
    private static String normalised(String value) {
        return value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
    }

    /**
     * The values of a claim: a list, or a string of values separated by spaces or commas. A name that is not a claim
     * of its own is read as a dotted path into nested claims ({@code realm_access.roles}).
     */
    static List<String> values(Map<String, Object> tokenClaims, String claim) {
        Object value = tokenClaims.containsKey(claim) ? tokenClaims.get(claim) : nested(tokenClaims, claim);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .filter(text -> !text.isBlank())
                    .forEach(values::add);
        } else if (value instanceof String text) {
            for (String part : text.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }

    private static Object nested(Map<String, Object> tokenClaims, String path) {
        Object current = tokenClaims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static String subject(Map<String, Object> tokenClaims) {
        return String.valueOf(tokenClaims.get(SUBJECT));
    }

    /** A value fit for one log line: no control characters, at most 100 characters. */
    private static String printable(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
