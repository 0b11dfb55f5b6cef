package dev.commitmenttracker.ui;

import dev.commitmenttracker.security.SignInMethods;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the password form and/or a button to the organisation's identity provider, as {@link SignInMethods}
 * says. Spring Security handles the form's POST, the provider's redirects and {@code /logout}.
 */
@Controller
class LoginPage {

    /** Where a throttled sign-in is shown the form again, with status 429 ({@link PageSecurity}). */
    static final String THROTTLED_PATH = "/login/throttled";

    static final String THROTTLED_ATTRIBUTE = LoginPage.class.getName() + ".throttled";

    /** The query parameter of a sign-in the identity provider did not complete. */
    static final String PROVIDER_FAILED = "providerError";

    private final boolean demoUsers;
    private final SignInMethods methods;

    LoginPage(Environment environment, SignInMethods methods) {
        this.methods = methods;
        this.demoUsers = methods.passwords() && !environment.acceptsProfiles(Profiles.of("production"));
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String signedOut,
            @RequestParam(name = PROVIDER_FAILED, required = false) String providerFailed,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("providerFailed", providerFailed != null);
        model.addAttribute("signedOut", signedOut != null);
        return page(model, null);
    }

    /** Reached only by forward from a throttled sign-in, whose status (429) and Retry-After are already set. */
    @RequestMapping(THROTTLED_PATH)
    String throttled(HttpServletRequest request, Model model) {
        Object detail = request.getAttribute(THROTTLED_ATTRIBUTE);
        model.addAttribute("failed", false);
        model.addAttribute("providerFailed", false);
        model.addAttribute("signedOut", false);
        return page(model, detail == null ? "Too many failed sign-ins. Try again later." : detail.toString());
    }

    private String page(Model model, String throttled) {
        model.addAttribute("throttled", throttled);
        model.addAttribute("demoUsers", demoUsers);
        model.addAttribute("passwords", methods.passwords());
        model.addAttribute("identityProvider", methods.identityProvider());
        model.addAttribute("identityProviderPath", methods.identityProviderPath());
        model.addAttribute("identityProviderName", methods.identityProviderName());
        return "login";
    }
}
