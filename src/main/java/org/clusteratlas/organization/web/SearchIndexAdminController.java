package org.clusteratlas.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import org.clusteratlas.organization.search.SearchIndex;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index for platform admins ({@code /admin/**} is closed to everybody else by the security
 * configuration): documents next to database rows, and a rebuild whose progress the page polls while it runs.
 */
@Controller
class SearchIndexAdminController {

    static final String VIEW = "organization/search-index";

    private final SearchIndex index;

    SearchIndexAdminController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search-index")
    String state(Model model, HttpServletRequest request) {
        model.addAttribute("progress", index.progress());
        model.addAttribute("counts", index.counts());
        return Htmx.view(request, VIEW, "state");
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(RedirectAttributes redirect) {
        // A second click while one runs is no error for a person: the page just says that it is already running.
        redirect.addFlashAttribute("rebuild", index.startRebuild() ? "started" : "running");
        return "redirect:/admin/search-index";
    }
}
