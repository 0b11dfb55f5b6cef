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

    /**
     * The one read rule: an Area manager reads what concerns one of its Areas (as lead or joint Area); every other
     * role reads every Area. Refused with {@code auth.area-forbidden}, naming what may be read.
     */
    public void requireMayRead(Collection<AreaCode> areasConcerned) {
        if (mayRead(areasConcerned)) {
            return;
        }
        throw RuleViolation.forbidden(
                "auth.area-forbidden",
                "You may read only what concerns your own Areas (" + scopedAreaNames() + "): this concerns "
                        + names(areasConcerned) + ".");
    }

    /** Whether {@link #requireMayRead} lets this user read something concerning these Areas. */
    public boolean mayRead(Collection<AreaCode> areasConcerned) {
        return seesAllAreas() || areasConcerned.stream().anyMatch(scopedAreas()::contains);
    }

    /**
     * Refuses unless the user may create something led by this Area: a national lead, or a manager of that Area
     * (naming one's own Area as a joint Area is not enough).
     */
    public void requireMayCreateFor(AreaCode leadArea) {
        if (has(TrackerRole.NATIONAL_LEAD)
                || has(TrackerRole.AREA_MANAGER) && scopedAreas().contains(leadArea)) {
            return;
        }
        throw RuleViolation.forbidden(
                "auth.area-forbidden",
                "You may create only what your own Areas lead (" + scopedAreaNames() + "), not what " + leadArea
                        + " leads.");
    }

    /** Refuses unless the user may command something that concerns one of these Areas. */
    public void requireMayCommand(Collection<AreaCode> areasConcerned) {
        if (has(TrackerRole.NATIONAL_LEAD)) {
            return;
        }
        if (has(TrackerRole.AREA_MANAGER) && areasConcerned.stream().anyMatch(scopedAreas()::contains)) {
            return;
        }
        throw RuleViolation.forbidden(
                "auth.area-forbidden",
                "You may command only commitments of your own Areas (" + scopedAreaNames() + ").");
    }

    private String scopedAreaNames() {
        return names(scopedAreas());
    }

    private static String names(Collection<AreaCode> areas) {
        return areas.isEmpty()
                ? "none"
                : areas.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Set<String> authorities() {
        Authentication authentication = authentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
