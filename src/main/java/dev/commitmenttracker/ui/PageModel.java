package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.CurrentUser;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user (null on the sign-in page). Also for Spring Boot's error pages. */
@ControllerAdvice(basePackageClasses = PageModel.class, assignableTypes = ErrorController.class)
class PageModel {

    private final CurrentUser currentUser;

    PageModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("user")
    SignedIn user() {
        return signedIn(currentUser);
    }

    static SignedIn signedIn(CurrentUser currentUser) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? SignedIn.of(currentUser) : null;
    }
}
