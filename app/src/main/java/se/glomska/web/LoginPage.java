package se.glomska.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles its POST, the failure ({@code ?error}) and logout ({@code ?logout}). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start() {
        return "redirect:/customers";
    }
}
