package org.clusteratlas.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.crm.SegmentFilter;
import org.clusteratlas.crm.SegmentMember;
import org.clusteratlas.crm.Segments;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's member list as segments: filter (kept in the address, so a segment can be bookmarked, saved and
 * exported), mass actions on the chosen members or the whole segment, saved filters, and mail to the segment. The
 * list works as plain GET; htmx replaces only the results while the office filters.
 */
@Controller
class CrmSegmentController {

    static final String MEMBERS_VIEW = "crm/members";
    static final String MAIL_VIEW = "crm/mail";
    static final int PAGE = 50;

    private final Crm crm;
    private final Segments segments;
    private final MembershipRecords memberships;

    CrmSegmentController(Crm crm, Segments segments, MembershipRecords memberships) {
        this.crm = crm;
        this.segments = segments;
        this.memberships = memberships;
    }

    @GetMapping("/n/{slug}/crm/organizations")
    String members(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request) {
        NetworkSummary network = crm.office(slug);
        SegmentFilter filter = SegmentFilter.parse(request.getQueryString());
        List<SegmentMember> all = segments.members(slug, filter);
        int from = Math.min(Math.max(0, page) * PAGE, all.size());
        model.addAttribute("network", network);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.toQuery());
        model.addAttribute(
                "members",
                new PageImpl<>(
                        all.subList(from, Math.min(from + PAGE, all.size())),
                        PageRequest.of(Math.max(0, page), PAGE),
                        all.size()));
        model.addAttribute("statuses", MembershipStatus.values());
        model.addAttribute("types", memberships.types(slug));
        model.addAttribute("tags", segments.tags(slug));
        model.addAttribute("savedFilters", segments.savedFilters(slug));
        model.addAttribute("zone", crm.zone());
        return Htmx.view(request, MEMBERS_VIEW, "results");
    }

    /**
     * A mass action: put a tag on, or take one off, the chosen members, or every member of the segment when
     * {@code scope} is "segment".
     */
    @PostMapping("/n/{slug}/crm/organizations/actions")
    String act(
            @PathVariable String slug,
            @RequestParam String action,
            @RequestParam(defaultValue = "selected") String scope,
            @RequestParam(name = "ids", required = false) List<UUID> ids,
            @RequestParam(defaultValue = "") String query,
            @RequestParam(required = false) String tagName,
            @RequestParam(required = false) UUID tagId,
            RedirectAttributes redirect) {
        crm.office(slug);
        SegmentFilter filter = SegmentFilter.parse(query);
        List<UUID> chosen = "segment".equals(scope)
                ? segments.members(slug, filter).stream().map(SegmentMember::id).toList()
                : ids == null ? List.of() : ids;
        try {
            if (chosen.isEmpty()) {
                redirect.addFlashAttribute("actionError", "crm.segment.error.none-chosen");
            } else if ("untag".equals(action) && tagId != null) {
                segments.unassign(tagId, chosen);
                redirect.addFlashAttribute("actionDone", chosen.size());
            } else {
                segments.tagMembers(slug, tagName, chosen);
                redirect.addFlashAttribute("actionDone", chosen.size());
            }
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute("actionMessages", invalid.errors());
        }
        return "redirect:/n/" + slug + "/crm/organizations" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/n/{slug}/crm/filters")
    String saveFilter(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        try {
            segments.saveFilter(slug, name, SegmentFilter.parse(query));
            redirect.addFlashAttribute("filterSaved", true);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute("actionMessages", invalid.errors());
        }
        return "redirect:/n/" + slug + "/crm/organizations" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/n/{slug}/crm/filters/{id}/delete")
    String deleteFilter(@PathVariable String slug, @PathVariable UUID id) {
        segments.deleteFilter(slug, id);
        return "redirect:/n/" + slug + "/crm/organizations";
    }

    /** The mail to a segment: who it reaches, subject and text. */
    @GetMapping("/n/{slug}/crm/mail")
    String mailForm(@PathVariable String slug, Model model, HttpServletRequest request) {
        SegmentFilter filter = SegmentFilter.parse(request.getQueryString());
        return showMail(model, slug, filter, "", "", List.of());
    }

    @PostMapping("/n/{slug}/crm/mail")
    String mail(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes redirect) {
        SegmentFilter filter = SegmentFilter.parse(query);
        try {
            int sent = segments.mail(slug, filter, subject, body);
            redirect.addFlashAttribute("mailSent", sent);
            return "redirect:/n/" + slug + "/crm/organizations" + (query.isEmpty() ? "" : "?" + query);
        } catch (ValidationFailedException invalid) {
            return showMail(model, slug, filter, subject, body, invalid.errors());
        }
    }

    private String showMail(
            Model model,
            String slug,
            SegmentFilter filter,
            String subject,
            String body,
            List<org.clusteratlas.shared.FieldMessage> errors) {
        model.addAttribute("network", crm.office(slug));
        model.addAttribute("query", filter.toQuery());
        model.addAttribute("recipients", segments.recipients(slug, filter).size());
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("errors", new ArrayList<>(errors));
        return MAIL_VIEW;
    }
}
