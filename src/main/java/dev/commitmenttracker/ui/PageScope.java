package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.AreaScope;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Areas a page may show the signed-in user, by {@link CurrentUser}'s rule as the API's reports apply it: every
 * Area, or an Area manager's own. Another Area is refused by {@link CurrentUser#requireMayRead}, the one read rule,
 * with its wording (what may be read), as the API refuses it.
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
        user.requireMayRead(List.of(area));
    }
}
