package dev.commitmenttracker.ui;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST and {@code /logout}. */
@Controller
class LoginPage {

    private final boolean demoUsers;

    LoginPage(Environment environment) {
        this.demoUsers = !environment.acceptsProfiles(Profiles.of("production"));
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String signedOut,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("demoUsers", demoUsers);
        return "login";
    }
}
