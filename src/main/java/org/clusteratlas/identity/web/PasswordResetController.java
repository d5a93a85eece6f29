package org.clusteratlas.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusteratlas.identity.internal.AccountLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PasswordResetController {

    static final String FORGOT_VIEW = "identity/password-forgot";
    static final String FORGOT_SENT_VIEW = "identity/password-forgot-sent";
    static final String RESET_VIEW = "identity/password-reset";
    static final String RESET_INVALID_VIEW = "identity/password-reset-invalid";

    private final AccountLifecycle lifecycle;

    PasswordResetController(AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record ForgotForm(@NotBlank @Email @Size(max = 254) String email) {}

    record ResetForm(
            @NotBlank String token,

            @NotBlank @Size(min = 12, max = 128, message = "{identity.password.length}") @NotGuessable
            String password,

            String passwordRepeat) {

        boolean isPasswordRepeated() {
            return password == null || password.equals(passwordRepeat);
        }
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new ForgotForm(""));
        return FORGOT_VIEW;
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return FORGOT_VIEW;
        }
        lifecycle.requestPasswordReset(form.email());
        return FORGOT_SENT_VIEW;
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!lifecycle.isResetTokenUsable(token)) {
            return RESET_INVALID_VIEW;
        }
        model.addAttribute("form", new ResetForm(token, "", ""));
        return RESET_VIEW;
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult errors) {
        if (!form.isPasswordRepeated()) {
            errors.rejectValue("passwordRepeat", "identity.password.mismatch");
        }
        if (errors.hasErrors()) {
            return RESET_VIEW;
        }
        return lifecycle.resetPassword(form.token(), form.password()) ? "redirect:/login?reset" : RESET_INVALID_VIEW;
    }
}
