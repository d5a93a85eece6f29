package org.clusteratlas.membership.web;

import org.clusteratlas.membership.AdmissionRules;
import org.clusteratlas.membership.AdmissionRulesView;
import org.clusteratlas.membership.Admissions;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's page for its network's admission rules: one form, saved as a whole. */
@Controller
class AdmissionRulesController {

    static final String VIEW = "membership/admission-rules";

    private final Admissions admissions;
    private final Networks networks;

    AdmissionRulesController(Admissions admissions, Networks networks) {
        this.admissions = admissions;
        this.networks = networks;
    }

    @GetMapping("/n/{slug}/admission-rules")
    String form(@PathVariable String slug, Model model) {
        AdmissionRulesView rules = admissions.get(slug);
        model.addAttribute("form", AdmissionRulesForm.of(rules.rules()));
        return show(slug, rules, model);
    }

    @PostMapping("/n/{slug}/admission-rules")
    String save(
            @PathVariable String slug,
            @ModelAttribute("form") AdmissionRulesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AdmissionRulesView current = admissions.get(slug);
        if (errors.hasErrors()) {
            return show(slug, current, model);
        }
        AdmissionRules rules = form.toRules();
        try {
            admissions.replace(slug, rules);
        } catch (ValidationFailedException invalid) {
            for (FieldMessage problem : invalid.errors()) {
                String field = AdmissionRulesForm.formField(problem.field());
                // No message codes: the facade's message is already in the reader's language.
                errors.addError(new FieldError(
                        "form", field, errors.getRawFieldValue(field), false, null, null, problem.message()));
            }
            return show(slug, current, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/admission-rules";
    }

    private String show(String slug, AdmissionRulesView rules, Model model) {
        model.addAttribute("network", networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network")));
        model.addAttribute("current", rules);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("states", AdmissionRules.FEDERAL_STATES);
        model.addAttribute("maxDocuments", Admissions.MAX_DOCUMENTS);
        return VIEW;
    }
}
