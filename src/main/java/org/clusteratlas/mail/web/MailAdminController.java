package org.clusteratlas.mail.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.clusteratlas.mail.internal.MailMessages;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.web.Htmx;
import org.clusteratlas.shared.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox for platform admins: lets a newcomer verify an account on a machine without an SMTP server. */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    static final String LIST_VIEW = "mail/admin-list";
    static final String DETAIL_VIEW = "mail/admin-detail";

    private final MailMessages messages;

    MailAdminController(MailMessages messages) {
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request) {
        PageRequest pageRequest = Paging.of(page, 50, 50);
        model.addAttribute("recipient", recipient);
        model.addAttribute(
                "mails",
                recipient.isBlank()
                        ? messages.findAllByOrderByCreatedAtDesc(pageRequest)
                        : messages.findByRecipientContainingIgnoreCaseOrderByCreatedAtDesc(
                                recipient.strip(), pageRequest));
        return Htmx.view(request, LIST_VIEW, "results");
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("mail", messages.findById(id).orElseThrow(() -> new NotFoundException("mail")));
        return DETAIL_VIEW;
    }
}
