package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.shared.UnitKind;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Areas a report may show the logged-in user. Analysts, auditors, inspectors and national leads see every Area;
 * an Area manager sees its own Areas only, and asking for another Area is refused ({@code auth.area-forbidden}).
 */
@Component
class ReportScopes {

    private final CurrentUser user;

    ReportScopes(CurrentUser user) {
        this.user = user;
    }

    /** The requested Area if the user may see it, or else every Area the user may see. */
    AreaScope scope(AreaCode requested) {
        if (requested != null) {
            requireMaySee(requested);
            return AreaScope.only(List.of(requested));
        }
        return user.seesAllAreas() ? AreaScope.everyArea() : AreaScope.only(user.scopedAreas());
    }

    /** As {@link #scope(AreaCode)}, narrowed to the units of one kind when a kind is asked for. */
    AreaScope scope(AreaCode requested, UnitKind kind) {
        return scope(requested).ofKind(kind);
    }

    void requireMaySee(AreaCode area) {
        user.requireMayRead(List.of(area));
    }

    static Theme theme(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Theme.fromCode(code)
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.unreadable",
                        "theme",
                        "Unknown theme '" + code + "'; use a code like 'disclosure' or 'victim-communication'."));
    }
}
