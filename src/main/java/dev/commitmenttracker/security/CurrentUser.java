package dev.commitmenttracker.security;

import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the logged-in user may reach: every unit, or only the units an Area manager is scoped to (an Area, CPS Direct or
 * a casework division, each by its {@code AREA_<CODE>} authority). National commitments bind every unit, so everyone
 * reads them; only a national lead commands them (see docs/access.md and ADR 0014).
 */
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

    /** Whether this user may read Area-level views of this unit: its own units, and the national level. */
    public boolean canSee(AreaCode area) {
        return mayRead(List.of(area));
    }

    /**
     * The one read rule: an Area manager reads what concerns one of its units (as lead or joint Area) and what is
     * national (it binds every unit); every other role reads every unit. Refused with {@code auth.area-forbidden}, naming what may be read.
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
        return seesAllAreas()
                || areasConcerned.contains(AreaCode.NATIONAL)
                || areasConcerned.stream().anyMatch(scopedAreas()::contains);
    }

    /**
     * Whether a list asked for without a unit shows this to the user: anything to those who read every unit, what
     * concerns its own units to an Area manager. National things are read on request (by naming the unit), not mixed
     * into a manager's own lists.
     */
    public boolean listsByDefault(Collection<AreaCode> areasConcerned) {
        return seesAllAreas() || areasConcerned.stream().anyMatch(scopedAreas()::contains);
    }

    /**
     * Refuses unless the user may create something led by this Area: a national lead, or a manager of that Area
     * (naming one's own Area as a joint Area is not enough).
     */
    public void requireMayCreateFor(AreaCode leadArea) {
        if (mayCreateFor(leadArea)) {
            return;
        }
        throw RuleViolation.forbidden(
                "auth.area-forbidden",
                "You may create only what your own Areas lead (" + scopedAreaNames() + "), not what " + leadArea
                        + " leads.");
    }

    /** Whether {@link #requireMayCreateFor} lets this user create something led by this unit. */
    public boolean mayCreateFor(AreaCode leadArea) {
        return has(TrackerRole.NATIONAL_LEAD)
                || has(TrackerRole.AREA_MANAGER) && scopedAreas().contains(leadArea);
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
