package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AreaCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who is signed in, as the pages show it and decide what to offer. The rules stay in {@link CurrentUser}; this only
 * reads them, so a page never offers what the services would refuse.
 *
 * @param areas the Areas an Area manager is scoped to, in order (empty for roles that see every Area)
 */
public record SignedIn(String name, List<TrackerRole> roles, List<AreaCode> areas, boolean seesAllAreas) {

    static SignedIn of(CurrentUser user) {
        List<TrackerRole> roles =
                Arrays.stream(TrackerRole.values()).filter(user::has).toList();
        return new SignedIn(
                user.name(), roles, user.scopedAreas().stream().sorted().toList(), user.seesAllAreas());
    }

    /** The roles in words, for the header and the 403 page: "Area manager (LONDON_NORTH)". */
    public String description() {
        String roleWords = roles.stream().map(SignedIn::words).collect(Collectors.joining(", "));
        return areas.isEmpty()
                ? roleWords
                : roleWords + " (" + areas.stream().map(AreaCode::displayName).collect(Collectors.joining(", ")) + ")";
    }

    public boolean is(TrackerRole role) {
        return roles.contains(role);
    }

    /** May command commitments (some Area's at least): an Area manager or a national lead. */
    public boolean commands() {
        return is(TrackerRole.AREA_MANAGER) || is(TrackerRole.NATIONAL_LEAD);
    }

    /** May verify the record (the audit page): an auditor, an inspector or a national lead, as the API allows. */
    public boolean audits() {
        return is(TrackerRole.AUDITOR) || is(TrackerRole.INSPECTOR) || is(TrackerRole.NATIONAL_LEAD);
    }

    /** May look after the projections: a national lead. */
    public boolean administers() {
        return is(TrackerRole.NATIONAL_LEAD);
    }

    static String words(TrackerRole role) {
        return switch (role) {
            case AREA_MANAGER -> "Area manager";
            case NATIONAL_LEAD -> "National lead";
            case AUDITOR -> "Auditor";
            case ANALYST -> "Analyst";
            case INSPECTOR -> "Inspector";
        };
    }
}
