package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.AreaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** A login as configured: name, encoded password, roles and, for Area managers, the Areas it is scoped to. */
public record UserAccount(String username, String passwordHash, Set<TrackerRole> roles, Set<AreaCode> areas) {

    static final String AREA_AUTHORITY_PREFIX = "AREA_";

    public UserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    UserDetails toUserDetails() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        areas.forEach(area -> authorities.add(new SimpleGrantedAuthority(AREA_AUTHORITY_PREFIX + area.name())));
        return User.withUsername(username)
                .password(passwordHash)
                .authorities(authorities)
                .build();
    }
}
