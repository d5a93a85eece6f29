package org.clusteratlas.crm.web;

import java.util.UUID;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.organization.Organizations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's duplicate check: likely duplicates of the network, a preview of a merge (which organization stays is the
 * office's choice), and the merge itself. Plain pages and forms.
 */
@Controller
class CrmDuplicatesController {

    private final Crm crm;
    private final Organizations organizations;

    CrmDuplicatesController(Crm crm, Organizations organizations) {
        this.crm = crm;
        this.organizations = organizations;
    }

    @GetMapping("/n/{slug}/crm/duplicates")
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("network", crm.office(slug));
        model.addAttribute("pairs", organizations.duplicates(slug));
        return "crm/duplicates";
    }

    @GetMapping("/n/{slug}/crm/duplicates/merge")
    String preview(@PathVariable String slug, @RequestParam UUID survivor, @RequestParam UUID duplicate, Model model) {
        model.addAttribute("network", crm.office(slug));
        model.addAttribute("preview", organizations.mergePreview(survivor, duplicate));
        return "crm/merge";
    }

    @PostMapping("/n/{slug}/crm/duplicates/merge")
    String merge(
            @PathVariable String slug,
            @RequestParam UUID survivor,
            @RequestParam UUID duplicate,
            RedirectAttributes redirect) {
        crm.office(slug);
        redirect.addFlashAttribute(
                "merged", organizations.merge(survivor, duplicate).duplicateName());
        return "redirect:/n/" + slug + "/crm/organizations/" + survivor;
    }
}
