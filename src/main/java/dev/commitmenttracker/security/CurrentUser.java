package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the logged-in user may reach: every Area, or only the Areas an Area manager is scoped to. */
@Component
public class CurrentUser {

    public String name() {
        Authentication authentication = authentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    public boolean has(TrackerRole role) {
        return authorities().contains(role.authority());
    }

    /** True for roles that see every Area; an Area manager sees only its own. */
    public boolean seesAllAreas() {
        return !has(TrackerRole.AREA_MANAGER) || has(TrackerRole.NATIONAL_LEAD);
    }

    /** The Areas an Area manager is scoped to (empty for roles not scoped to Areas). */
    public Set<AreaCode> scopedAreas() {
        Set<AreaCode> areas = EnumSet.noneOf(AreaCode.class);
        for (String authority : authorities()) {
            if (authority.startsWith(UserAccount.AREA_AUTHORITY_PREFIX)) {
                areas.add(AreaCode.valueOf(authority.substring(UserAccount.AREA_AUTHORITY_PREFIX.length())));
            }
        }
        return areas;
    }

    /** Whether this user may read Area-level views of this Area. */
    public boolean canSee(AreaCode area) {
        return seesAllAreas() || scopedAreas().contains(area);
    }

    /** Refuses unless the user may command something that concerns one of these Areas. */
    public void requireMayCommand(Collection<AreaCode> areasConcerned) {
        if (has(TrackerRole.NATIONAL_LEAD)) {
            return;
        }
        if (has(TrackerRole.AREA_MANAGER) && areasConcerned.stream().anyMatch(scopedAreas()::contains)) {
            return;
        }
        throw RuleViolation.forbidden("auth.area-forbidden", "You may command only commitments of your own Areas ("
                + scopedAreas().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ").");
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Set<String> authorities() {
        Authentication authentication = authentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
