package org.clusteratlas.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusteratlas.network.BilingualDescription;
import org.clusteratlas.network.BilingualName;
import org.clusteratlas.network.FederationCommand;
import org.clusteratlas.network.FederationSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins create federations of networks (such as a state-wide competence atlas) and set their members. */
@Controller
class FederationAdminController {

    static final String FORM_VIEW = "network/federation-form";

    private final Networks networks;

    FederationAdminController(Networks networks) {
        this.networks = networks;
    }

    record FederationForm(
            @NotBlank @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}")
            String slug,

            @Size(max = 200) String nameDe,
            @Size(max = 200) String nameEn,
            @Size(max = 10000) String descriptionDe,
            @Size(max = 10000) String descriptionEn,
            List<String> networks) {

        FederationForm {
            networks = networks == null ? List.of() : List.copyOf(networks);
        }

        static FederationForm of(FederationSummary federation) {
            return new FederationForm(
                    federation.slug(),
                    federation.name().de(),
                    federation.name().en(),
                    federation.description().de(),
                    federation.description().en(),
                    federation.networks());
        }

        boolean isNamed() {
            return (nameDe != null && !nameDe.isBlank()) || (nameEn != null && !nameEn.isBlank());
        }

        FederationCommand toCommand() {
            return new FederationCommand(
                    slug,
                    new BilingualName(nameDe, nameEn),
                    new BilingualDescription(descriptionDe, descriptionEn),
                    networks);
        }
    }

    @GetMapping("/admin/federations/new")
    String newForm(Model model) {
        model.addAttribute("form", new FederationForm("", "", "", "", "", List.of()));
        return show(model, null);
    }

    @PostMapping("/admin/federations")
    String create(
            @Valid @ModelAttribute("form") FederationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.isNamed()) {
            errors.rejectValue("nameDe", "validation.name.one-language");
        }
        if (errors.hasErrors()) {
            return show(model, null);
        }
        try {
            FederationSummary created = networks.createFederation(form.toCommand());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/n/" + created.slug();
        } catch (ConflictException taken) {
            errors.rejectValue("slug", taken.messageKey(), taken.arguments(), null);
            return show(model, null);
        }
    }

    @GetMapping("/admin/federations/{slug}/edit")
    String editForm(@PathVariable String slug, Model model) {
        FederationSummary federation = find(slug);
        model.addAttribute("form", FederationForm.of(federation));
        return show(model, federation);
    }

    @PostMapping("/admin/federations/{slug}/edit")
    String update(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") FederationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FederationSummary federation = find(slug);
        if (!errors.hasErrors() && !form.isNamed()) {
            errors.rejectValue("nameDe", "validation.name.one-language");
        }
        if (errors.hasErrors()) {
            return show(model, federation);
        }
        networks.updateFederation(slug, form.toCommand());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug;
    }

    private String show(Model model, FederationSummary federation) {
        model.addAttribute("federation", federation);
        model.addAttribute("allNetworks", networks.all());
        return FORM_VIEW;
    }

    private FederationSummary find(String slug) {
        return networks.findFederation(slug).orElseThrow(() -> new NotFoundException("federation"));
    }
}
