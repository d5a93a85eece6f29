package org.clusteratlas.membership.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.ApplicationView;
import org.clusteratlas.membership.Memberships;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.InvalidOrganizationException;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's review of its network's applications: the list, one application, and the decision. */
@Controller
class ApplicationReviewController {

    static final String LIST_VIEW = "membership/applications";
    static final String DETAIL_VIEW = "membership/application";

    /** Long enough for a reason, short enough for a mail. */
    static final int MAX_NOTE = 2000;

    private final Memberships memberships;
    private final Networks networks;

    ApplicationReviewController(Memberships memberships, Networks networks) {
        this.memberships = memberships;
        this.networks = networks;
    }

    /** All applications, or only the pending ones ({@code ?show=pending}); htmx gets the list alone. */
    @GetMapping("/n/{slug}/applications")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "all") String show,
            Model model,
            HttpServletRequest request) {
        List<ApplicationView> all = memberships.list(slug);
        boolean pendingOnly = "pending".equals(show);
        model.addAttribute("network", network(slug));
        model.addAttribute("show", pendingOnly ? "pending" : "all");
        model.addAttribute(
                "pendingCount", all.stream().filter(ApplicationView::isPending).count());
        model.addAttribute(
                "applications",
                pendingOnly ? all.stream().filter(ApplicationView::isPending).toList() : all);
        return Htmx.view(request, LIST_VIEW, "results");
    }

    @GetMapping("/n/{slug}/applications/{applicationId}")
    String detail(@PathVariable String slug, @PathVariable UUID applicationId, Model model) {
        model.addAttribute("entry", memberships.get(slug, applicationId));
        model.addAttribute("network", network(slug));
        return DETAIL_VIEW;
    }

    /**
     * An uploaded document, for the office only. Always an attachment with the checked type (Spring Security adds "nosniff"): the
     * browser never renders it as part of the site.
     */
    @GetMapping("/n/{slug}/applications/{applicationId}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(
            @PathVariable String slug, @PathVariable UUID applicationId, @PathVariable UUID documentId) {
        Memberships.DocumentContent document = memberships.document(slug, applicationId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(document.content()));
    }

    @PostMapping("/n/{slug}/applications/{applicationId}/accept")
    String accept(
            @PathVariable String slug,
            @PathVariable UUID applicationId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String overrideReason,
            Model model,
            RedirectAttributes redirect) {
        try {
            memberships.accept(slug, applicationId, shorten(note), shorten(overrideReason));
        } catch (InvalidOrganizationException refused) {
            // Nothing was stored: the office sees why the profile could not be created and can reject instead.
            model.addAttribute("profileErrors", refused.errors());
            return detail(slug, applicationId, model);
        } catch (ValidationFailedException missingReason) {
            model.addAttribute("overrideErrors", missingReason.errors());
            model.addAttribute("note", note);
            return detail(slug, applicationId, model);
        }
        redirect.addFlashAttribute("decided", "accepted");
        return "redirect:/n/" + slug + "/applications/" + applicationId;
    }

    @PostMapping("/n/{slug}/applications/{applicationId}/reject")
    String reject(
            @PathVariable String slug,
            @PathVariable UUID applicationId,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        memberships.reject(slug, applicationId, shorten(note));
        redirect.addFlashAttribute("decided", "rejected");
        return "redirect:/n/" + slug + "/applications/" + applicationId;
    }

    private static String shorten(String note) {
        String text = note.strip();
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE);
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
