package org.clusteratlas.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST, the error and the redirect back to the requested page. */
@Controller
class LoginController {

    static final String VIEW = "identity/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
