package org.clusteratlas.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.storage.ImageUploads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating networks (platform admin), editing them and their staff (the network's office). */
@Controller
class NetworkAdminController {

    static final String FORM_VIEW = "network/form";
    static final String STAFF_VIEW = "network/staff";
    static final String FEDERATIONS_VIEW = "network/federations";

    private final Networks networks;
    private final Accounts accounts;
    private final ImageUploads images;

    NetworkAdminController(Networks networks, Accounts accounts, ImageUploads images) {
        this.networks = networks;
        this.accounts = accounts;
        this.images = images;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/networks/new")
    String newForm(Model model) {
        model.addAttribute("form", NetworkForm.empty());
        return showForm(model, null);
    }

    @PostMapping("/admin/networks")
    String create(
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireName(form, errors);
        if (errors.hasErrors()) {
            return showForm(model, null);
        }
        try {
            NetworkSummary created = networks.create(form.toCommand());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/n/" + created.slug();
        } catch (ConflictException taken) {
            errors.rejectValue("slug", taken.messageKey(), taken.arguments(), null);
            return showForm(model, null);
        }
    }

    @GetMapping("/n/{slug}/edit")
    String editForm(@PathVariable String slug, Model model) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        model.addAttribute("form", NetworkForm.of(network));
        return showForm(model, network);
    }

    @PostMapping("/n/{slug}/edit")
    String update(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model,
            RedirectAttributes redirect) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        requireName(form, errors);
        ImageUploads.Result checkedLogo = logo == null || logo.isEmpty() ? null : images.check(logo);
        if (checkedLogo != null && !checkedLogo.isAccepted()) {
            errors.reject(checkedLogo.refusalKey());
        }
        if (errors.hasErrors()) {
            return showForm(model, network);
        }
        networks.update(slug, form.toCommand());
        if (checkedLogo != null) {
            networks.changeLogo(slug, checkedLogo.image());
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug;
    }

    @GetMapping("/media/networks/{slug}/logo")
    ResponseEntity<InputStreamResource> logo(@PathVariable String slug) {
        Networks.Logo logo = networks.logo(slug).orElseThrow(() -> new NotFoundException("logo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.noCache())
                .body(new InputStreamResource(logo.content()));
    }

    record StaffForm(@NotBlank @Email String email, @NotNull NetworkRole role) {}

    @GetMapping("/n/{slug}/staff")
    String staff(@PathVariable String slug, Model model) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", new StaffForm("", NetworkRole.MEMBER));
        }
        model.addAttribute("network", network);
        model.addAttribute("roles", NetworkRole.values());
        model.addAttribute("holders", accounts.networkRoleHolders(network.id()));
        return STAFF_VIEW;
    }

    @PostMapping("/n/{slug}/staff")
    String addStaff(
            @PathVariable String slug,
            @Valid @ModelAttribute("staffForm") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        var account =
                errors.hasErrors() ? null : accounts.findByEmail(form.email()).orElse(null);
        if (account == null && !errors.hasErrors()) {
            errors.rejectValue("email", "network.staff.unknown-account");
        }
        if (errors.hasErrors()) {
            return staff(slug, model);
        }
        accounts.assignNetworkRole(account.id(), network.id(), form.role());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/staff";
    }

    @PostMapping("/n/{slug}/staff/{accountId}/remove")
    String removeStaff(@PathVariable String slug, @PathVariable UUID accountId, RedirectAttributes redirect) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        accounts.removeFromNetwork(accountId, network.id());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/n/" + slug + "/staff";
    }

    /** The office's view of its federations: what it shares where, and the way out. */
    @GetMapping("/n/{slug}/federations")
    String federations(@PathVariable String slug, Model model) {
        NetworkSummary network = find(slug);
        networks.requireManager(network.id());
        model.addAttribute("network", network);
        model.addAttribute(
                "federations",
                networks.allFederations().stream()
                        .filter(federation -> network.federations().contains(federation.slug()))
                        .toList());
        return FEDERATIONS_VIEW;
    }

    @PostMapping("/n/{slug}/federations/{federation}/sharing")
    String share(
            @PathVariable String slug,
            @PathVariable String federation,
            @RequestParam(defaultValue = "false") boolean shares,
            RedirectAttributes redirect) {
        networks.share(slug, federation, shares);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/federations";
    }

    @PostMapping("/n/{slug}/federations/{federation}/leave")
    String leave(@PathVariable String slug, @PathVariable String federation, RedirectAttributes redirect) {
        networks.leaveFederation(slug, federation);
        redirect.addFlashAttribute("left", true);
        return "redirect:/n/" + slug + "/federations";
    }

    /**
     * The network's colors as a style sheet, so that its pages carry its branding under a CSP that allows no inline
     * styles. Bootstrap reads its colors from these custom properties.
     */
    @GetMapping(path = "/n/{slug}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(@PathVariable String slug) {
        NetworkSummary network = find(slug);
        StringBuilder css = new StringBuilder(":root {\n");
        if (network.primaryColor() != null) {
            css.append(colorProperties("primary", network.primaryColor()));
        }
        if (network.accentColor() != null) {
            css.append(colorProperties("secondary", network.accentColor()));
        }
        css.append("}\n");
        if (network.primaryColor() != null) {
            // Buttons keep their own variables, set from the theme color where Bootstrap compiled them in.
            css.append(".btn-primary { --bs-btn-bg: var(--bs-primary); --bs-btn-border-color: var(--bs-primary);"
                    + " --bs-btn-hover-bg: var(--bs-primary); --bs-btn-hover-border-color: var(--bs-primary);"
                    + " --bs-btn-active-bg: var(--bs-primary); --bs-btn-disabled-bg: var(--bs-primary); }\n"
                    + ".btn-outline-primary { --bs-btn-color: var(--bs-primary);"
                    + " --bs-btn-border-color: var(--bs-primary); --bs-btn-hover-bg: var(--bs-primary);"
                    + " --bs-btn-hover-border-color: var(--bs-primary); --bs-btn-active-bg: var(--bs-primary); }\n"
                    + ".network-brand { border-top: 4px solid var(--bs-primary); }\n");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/css"))
                .cacheControl(CacheControl.noCache())
                .body(css.toString());
    }

    /** The colors were validated as {@code #rrggbb} when they were saved: nothing else can reach the style sheet. */
    private static String colorProperties(String name, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        String channels = (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff);
        String css = "  --bs-" + name + ": " + hex + ";\n  --bs-" + name + "-rgb: " + channels + ";\n";
        if (name.equals("primary")) {
            css += "  --bs-link-color: " + hex + ";\n  --bs-link-color-rgb: " + channels + ";\n";
        }
        return css;
    }

    private static void requireName(NetworkForm form, BindingResult errors) {
        // After a failed binding the form object is incomplete; its errors are reported already.
        if (!errors.hasErrors() && !form.isNamed()) {
            errors.rejectValue("nameDe", "validation.name.one-language");
        }
    }

    private String showForm(Model model, NetworkSummary network) {
        model.addAttribute("network", network);
        model.addAttribute("allFederations", networks.allFederations());
        return FORM_VIEW;
    }

    private NetworkSummary find(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
