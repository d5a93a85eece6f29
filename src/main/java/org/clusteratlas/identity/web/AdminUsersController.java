package org.clusteratlas.identity.web;

import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.internal.UserAccount;
import org.clusteratlas.identity.internal.UserAccounts;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins see every account and can grant platform-admin rights or lock an account. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final String VIEW = "identity/admin-users";

    private final UserAccounts users;
    private final CurrentUsers currentUsers;

    AdminUsersController(UserAccounts users, CurrentUsers currentUsers) {
        this.users = users;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("users", users.findAllByOrderByDisplayNameAsc());
        return VIEW;
    }

    @PostMapping("/{id}")
    @Transactional
    String update(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean platformAdmin,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user"));
        if (account.getId().equals(currentUsers.current().id())) {
            // Locking oneself out (or dropping one's own admin right) is never what an admin meant to do here.
            redirect.addFlashAttribute("error", "admin.users.self");
            return "redirect:/admin/users";
        }
        account.setPlatformAdmin(platformAdmin);
        account.setEnabled(enabled);
        redirect.addFlashAttribute("saved", account.getEmail());
        return "redirect:/admin/users";
    }
}
