package dev.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** Claims of an identity provider's token become the tracker's authorities; nothing unknown is granted. */
class ClaimMappingTest {

    final ClaimMapping standard = new ClaimMapping(new SecurityProperties.Claims(null, null, null, null, null));

    static List<String> names(List<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void rolesAndUnitsNamedInTheirClaimsBecomeRoleAndAreaAuthorities() {
        Map<String, Object> claims =
                Map.of("sub", "6f1c", "roles", List.of("AREA_MANAGER"), "cps_units", List.of("LONDON_NORTH", "WESSEX"));

        assertThat(names(standard.authorities(claims)))
                .containsExactly("ROLE_AREA_MANAGER", "AREA_LONDON_NORTH", "AREA_WESSEX");
    }

    @Test
    void unknownRolesAndUnitsAreIgnored_notGranted() {
        Map<String, Object> claims = Map.of(
                "roles", List.of("GLOBAL_ADMIN", "ROLE_NATIONAL_LEAD", "national-lead"),
                "cps_units", List.of("ATLANTIS", "AREA_WESSEX"));

        assertThat(names(standard.authorities(claims))).containsExactly("ROLE_NATIONAL_LEAD");
    }

    @Test
    void spellingsOfOneNameAreTheSameRoleOrUnit() {
        Map<String, Object> claims = Map.of("roles", "area-manager, Auditor", "cps_units", "london-north cps-direct");

        assertThat(names(standard.authorities(claims)))
                .containsExactly("ROLE_AREA_MANAGER", "ROLE_AUDITOR", "AREA_LONDON_NORTH", "AREA_CPS_DIRECT");
    }

    @Test
    void configuredClaimNames_dottedPathsAndValueMapsAreFollowed() {
        ClaimMapping keycloak = new ClaimMapping(new SecurityProperties.Claims(
                "realm_access.roles",
                "groups",
                "email",
                Map.of("tracker-lead", TrackerRole.NATIONAL_LEAD),
                Map.of("/cps/wessex", AreaCode.WESSEX)));
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("tracker-lead", "offline_access")),
                "groups", List.of("/cps/wessex", "/cps/everyone"),
                "email", "lead@cps.example");

        assertThat(names(keycloak.authorities(claims))).containsExactly("ROLE_NATIONAL_LEAD", "AREA_WESSEX");
        assertThat(keycloak.username(claims)).isEqualTo("lead@cps.example");
    }

    @Test
    void withoutTheUsernameClaimTheSubjectNamesTheUser() {
        assertThat(standard.username(Map.of("sub", "6f1c", "preferred_username", "ann.manager")))
                .isEqualTo("ann.manager");
        assertThat(standard.username(Map.of("sub", "6f1c"))).isEqualTo("6f1c");
    }

    @Test
    void noClaimsGiveNoAuthorities() {
        assertThat(standard.authorities(Map.of("sub", "6f1c"))).isEmpty();
    }
}
