package org.clusteratlas.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.internal.ApiTokenService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal API tokens of the signed-in person: create (shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    static final String VIEW = "identity/tokens";

    private final ApiTokenService tokens;
    private final CurrentUsers currentUsers;

    ApiTokenController(ApiTokenService tokens, CurrentUsers currentUsers) {
        this.tokens = tokens;
        this.currentUsers = currentUsers;
    }

    record TokenForm(@NotBlank @Size(max = 100) String name) {}

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm(""));
        }
        model.addAttribute("tokens", tokens.activeTokens(currentUsers.current().id()));
        return VIEW;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(model);
        }
        ApiTokenService.IssuedToken issued = tokens.issue(currentUsers.current().id(), form.name());
        redirect.addFlashAttribute("newSecret", issued.secret());
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(currentUsers.current().id(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
