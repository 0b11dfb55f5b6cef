package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Areas a page may show the signed-in user, by {@link CurrentUser}'s rule as the API's reports apply it: every
 * Area, or an Area manager's own; another Area is refused with the API's code {@code auth.area-forbidden}.
 */
@Component
class PageScope {

    private final CurrentUser user;

    PageScope(CurrentUser user) {
        this.user = user;
    }

    AreaScope visible() {
        return user.seesAllAreas() ? AreaScope.everyArea() : AreaScope.only(user.scopedAreas());
    }

    void requireMaySee(AreaCode area) {
        if (!user.canSee(area)) {
            throw RuleViolation.forbidden("auth.area-forbidden", "You may see your own Areas only ("
                    + user.scopedAreas().stream().map(AreaCode::displayName).sorted().collect(Collectors.joining(", ")) + "), not "
                    + area.displayName() + ".");
        }
    }
}
