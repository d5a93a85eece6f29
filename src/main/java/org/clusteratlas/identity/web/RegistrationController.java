package org.clusteratlas.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.clusteratlas.identity.internal.AccountLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

    static final String FORM_VIEW = "identity/register";
    static final String SENT_VIEW = "identity/register-sent";

    private final AccountLifecycle lifecycle;

    RegistrationController(AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale) {
        if (!form.isPasswordRepeated()) {
            errors.rejectValue("passwordRepeat", "identity.password.mismatch");
        }
        // The person's own name and address make a password easy to guess for whoever knows them.
        if (!errors.hasFieldErrors("password")
                && form.password() != null
                && GuessablePasswords.isGuessable(form.password(), personalWords(form.displayName(), form.email()))) {
            errors.rejectValue("password", "identity.password.personal");
        }
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        lifecycle.register(form.email(), form.displayName(), form.password(), locale);
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent() {
        return SENT_VIEW;
    }

    @GetMapping("/register/verify")
    String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        return lifecycle.verifyEmail(token) ? "redirect:/login?verified" : "redirect:/login?verificationFailed";
    }

    private static java.util.List<String> personalWords(String displayName, String email) {
        java.util.List<String> words = new java.util.ArrayList<>();
        if (displayName != null) {
            words.addAll(java.util.Arrays.asList(displayName.split("\\s+")));
        }
        if (email != null) {
            words.addAll(java.util.Arrays.asList(email.split("[@.+_-]")));
        }
        return words.stream().filter(word -> word.length() > 2).toList();
    }
}
