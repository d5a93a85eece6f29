package org.clusteratlas.identity.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.internal.SecurityAudit;
import org.clusteratlas.identity.internal.SecurityEvent;
import org.clusteratlas.identity.internal.SecurityEvents;
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
    static final String EVENTS_VIEW = "identity/security-events";

    private final UserAccounts users;
    private final CurrentUsers currentUsers;
    private final SecurityAudit audit;
    private final SecurityEvents events;

    AdminUsersController(UserAccounts users, CurrentUsers currentUsers, SecurityAudit audit, SecurityEvents events) {
        this.users = users;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
    }

    /** The security audit, newest first, optionally of one kind of event. */
    @GetMapping("/security-events")
    @Transactional(readOnly = true)
    String securityEvents(
            @RequestParam(required = false) SecurityEvent.Kind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var pageable = org.clusteratlas.shared.web.Paging.of(page, 50, 50);
        var found = kind == null
                ? events.findAllByOrderByOccurredAtDesc(pageable)
                : events.findByKindOrderByOccurredAtDesc(kind, pageable);
        model.addAttribute("events", found);
        model.addAttribute("kinds", SecurityEvent.Kind.values());
        model.addAttribute("kind", kind);
        Map<UUID, String> names = new HashMap<>();
        users.findAllById(found.stream()
                        .map(SecurityEvent::getAccountId)
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach(u -> names.put(u.getId(), u.getEmail()));
        model.addAttribute("accountNames", names);
        return EVENTS_VIEW;
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
        if (account.isPlatformAdmin() != platformAdmin) {
            audit.record(
                    platformAdmin
                            ? SecurityEvent.Kind.PLATFORM_ADMIN_GRANTED
                            : SecurityEvent.Kind.PLATFORM_ADMIN_REVOKED,
                    account.getId(),
                    null,
                    "by " + currentUsers.current().id());
        }
        if (account.isEnabled() != enabled) {
            audit.record(
                    enabled ? SecurityEvent.Kind.ACCOUNT_UNLOCKED : SecurityEvent.Kind.ACCOUNT_LOCKED,
                    account.getId(),
                    null,
                    "by " + currentUsers.current().id());
        }
        account.setPlatformAdmin(platformAdmin);
        account.setEnabled(enabled);
        redirect.addFlashAttribute("saved", account.getEmail());
        return "redirect:/admin/users";
    }
}
