package org.clusteratlas.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.InvalidOrganizationException;
import org.clusteratlas.organization.NeedStatus;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.ValueChainRole;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.web.Htmx;
import org.clusteratlas.taxonomy.Industries;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The organization pages: the list, the profile page, and the create/edit form of the office and the editors. */
@Controller
class OrganizationWebController {

    static final String LIST_VIEW = "organization/list";
    static final String PROFILE_VIEW = "organization/profile";
    static final String FORM_VIEW = "organization/form";
    static final String ADDRESS_CHECK_VIEW = "organization/address-check";
    static final String REVIEW_VIEW = "organization/review";

    private final Organizations organizations;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Industries industries;
    private final JsonMapper json;
    private final String siteUrl;
    private final MessageSource messages;

    OrganizationWebController(
            Organizations organizations,
            Networks networks,
            CurrentUsers currentUsers,
            Industries industries,
            JsonMapper json,
            AtlasProperties properties,
            MessageSource messages) {
        this.organizations = organizations;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.industries = industries;
        this.json = json;
        this.siteUrl = properties.baseUrl();
        this.messages = messages;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "slug");
        // Rows are bound by index; a forged index must not grow a list without bound.
        binder.setAutoGrowCollectionLimit(200);
    }

    @GetMapping("/organizations")
    String list(
            @RequestParam(defaultValue = "") String network,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("network", network);
        model.addAttribute("q", q);
        model.addAttribute("networks", networks.all());
        model.addAttribute("organizations", organizations.list(network, q, page, 25));
        model.addAttribute("canCreate", currentUsers.current().managesAnyNetwork());
        return Htmx.view(request, LIST_VIEW, "results");
    }

    @GetMapping("/organizations/address-check")
    String addressCheck(Model model) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("network offices only");
        }
        model.addAttribute("organizations", organizations.addressesToCheck());
        return ADDRESS_CHECK_VIEW;
    }

    @GetMapping("/organizations/review")
    String review(Model model) {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("network offices only");
        }
        model.addAttribute("pending", organizations.pendingForOffice());
        model.addAttribute("weakest", organizations.weakestProfiles());
        return REVIEW_VIEW;
    }

    @PostMapping("/o/{slug}/approve")
    String approve(@PathVariable String slug, RedirectAttributes redirect) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        organizations.approve(organization.id());
        redirect.addFlashAttribute("approved", true);
        return "redirect:/o/" + slug;
    }

    record RejectForm(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/o/{slug}/reject")
    String reject(
            @PathVariable String slug,
            @Valid @ModelAttribute("rejectForm") RejectForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("rejectReasonMissing", true);
            return "redirect:/o/" + slug;
        }
        organizations.reject(organization.id(), form.reason().strip());
        redirect.addFlashAttribute("rejected", true);
        return "redirect:/o/" + slug;
    }

    record EditorForm(
            @NotBlank @jakarta.validation.constraints.Email @Size(max = 254)
            String email) {}

    @PostMapping("/o/{slug}/editors")
    String addEditor(
            @PathVariable String slug,
            @Valid @ModelAttribute("editorForm") EditorForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("editorError", "organization.editors.email-invalid");
        } else if (!organizations.addEditor(organization.id(), form.email())) {
            redirect.addFlashAttribute("editorError", "network.staff.unknown-account");
        } else {
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/o/" + slug;
    }

    @PostMapping("/o/{slug}/editors/{accountId}/remove")
    String removeEditor(
            @PathVariable String slug, @PathVariable java.util.UUID accountId, RedirectAttributes redirect) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        organizations.removeEditor(organization.id(), accountId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/o/" + slug;
    }

    @GetMapping("/o/{slug}")
    String profile(@PathVariable String slug, Model model, Locale locale) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        Organizations.Permissions permissions = organizations.permissions(organization.id());
        model.addAttribute("organization", organization);
        model.addAttribute("permissions", permissions);
        // Matchmaking needs something to match: open needs for partners, offers or competences for leads.
        model.addAttribute(
                "hasOpenNeeds",
                !SearchWebController.openNeeds(organization.data()).isEmpty());
        model.addAttribute(
                "hasOffers",
                !organization.data().offers().isEmpty()
                        || !organization.data().competences().isEmpty());
        model.addAttribute(
                "industryTitles",
                organization.data().industries().stream()
                        .map(code -> code + " – " + industries.title(code).in(locale))
                        .toList());
        model.addAttribute("jsonLd", StructuredData.of(organization, siteUrl, locale, json));
        model.addAttribute(
                "breadcrumbsLd",
                StructuredData.breadcrumbs(
                        organization,
                        siteUrl,
                        messages.getMessage("nav.home", null, locale),
                        messages.getMessage("nav.organizations", null, locale),
                        json));
        String description = organization.data().description().toText().in(locale);
        if (description != null) {
            // Search engines show about 160 characters; a cut at a word boundary reads better than one mid-word.
            model.addAttribute(
                    "metaDescription",
                    description.length() <= 160
                            ? description
                            : description
                                            .substring(0, description.lastIndexOf(' ', 157) + 1)
                                            .strip() + "…");
        }
        if (permissions.edit()) {
            model.addAttribute("completeness", organizations.completeness(organization.id()));
            model.addAttribute("history", organizations.history(organization.id()));
        }
        if (permissions.office()) {
            organizations.pendingChange(organization.id()).ifPresent(p -> model.addAttribute("pending", p));
            model.addAttribute("editors", organizations.editors(organization.id()));
        }
        model.addAttribute(
                "networkSummaries",
                networks.findAllById(
                        networks.idsBySlug(organization.data().networks()).values()));
        return PROFILE_VIEW;
    }

    @GetMapping("/organizations/new")
    String newForm(Model model) {
        CurrentUser user = currentUsers.current();
        if (!user.managesAnyNetwork()) {
            throw new AccessDeniedException("network managers only");
        }
        OrganizationForm form = new OrganizationForm();
        List<NetworkSummary> managed = managedNetworks(user);
        if (managed.size() == 1) {
            form.getNetworks().add(managed.getFirst().slug());
        }
        form.ensureBlankRows();
        model.addAttribute("form", form);
        return showForm(model, null);
    }

    @PostMapping("/organizations")
    String create(
            @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            Model model,
            RedirectAttributes redirect) {
        if (add != null || errors.hasErrors()) {
            return reshow(form, add, model, null);
        }
        form.dropBlankRows();
        try {
            OrganizationDetails created = organizations.create(form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/o/" + created.slug();
        } catch (InvalidOrganizationException invalid) {
            reject(errors, invalid.errors());
        } catch (ConflictException conflict) {
            errors.rejectValue("externalId", conflict.messageKey(), conflict.arguments(), null);
        }
        return reshow(form, null, model, null);
    }

    @GetMapping("/o/{slug}/edit")
    String editForm(@PathVariable String slug, Model model) {
        OrganizationDetails organization = editable(slug);
        OrganizationForm form = OrganizationForm.of(organization.data());
        form.ensureBlankRows();
        model.addAttribute("form", form);
        return showForm(model, organization);
    }

    @PostMapping("/o/{slug}/edit")
    String update(
            @PathVariable String slug,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            Model model,
            RedirectAttributes redirect) {
        OrganizationDetails organization = editable(slug);
        if (add != null || errors.hasErrors()) {
            return reshow(form, add, model, organization);
        }
        form.dropBlankRows();
        try {
            OrganizationDetails saved = organizations.replace(organization.id(), form.toData());
            redirect.addFlashAttribute(saved.pendingChange() ? "submitted" : "saved", true);
            return "redirect:/o/" + slug;
        } catch (InvalidOrganizationException invalid) {
            reject(errors, invalid.errors());
        } catch (ConflictException conflict) {
            errors.rejectValue("externalId", conflict.messageKey(), conflict.arguments(), null);
        }
        return reshow(form, null, model, organization);
    }

    @PostMapping("/o/{slug}/delete")
    String delete(@PathVariable String slug, RedirectAttributes redirect) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        organizations.delete(organization.id());
        redirect.addFlashAttribute("deleted", organization.data().name());
        return "redirect:/organizations";
    }

    private OrganizationDetails editable(String slug) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        if (!organizations.permissions(organization.id()).edit()) {
            throw new AccessDeniedException("may not edit");
        }
        return organization;
    }

    private String reshow(OrganizationForm form, String addRow, Model model, OrganizationDetails organization) {
        if (addRow != null) {
            form.addRow(addRow);
        }
        form.ensureBlankRows();
        return showForm(model, organization);
    }

    private static void reject(BindingResult errors, List<FieldMessage> messages) {
        for (FieldMessage message : messages) {
            String field = OrganizationForm.formField(message.field());
            try {
                errors.rejectValue(field, "invalid", message.message());
            } catch (org.springframework.beans.InvalidPropertyException e) {
                errors.reject("invalid", message.message());
            }
        }
    }

    private String showForm(Model model, OrganizationDetails organization) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("organization", organization);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("industryList", industries.all());
        model.addAttribute("valueChainRoles", ValueChainRole.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("languageCodes", OrganizationForm.LANGUAGES);
        model.addAttribute("managedCertifications", OrganizationForm.MANAGED_CERTIFICATIONS);
        model.addAttribute("needStatuses", NeedStatus.values());
        model.addAttribute("statuses", ProfileStatus.values());
        model.addAttribute(
                "changesNeedApproval",
                organization != null
                        && organizations.permissions(organization.id()).changesNeedApproval());
        model.addAttribute("selectableNetworks", managedNetworks(user));
        model.addAttribute("allNetworks", networks.all());
        return FORM_VIEW;
    }

    private List<NetworkSummary> managedNetworks(CurrentUser user) {
        return networks.all().stream().filter(n -> user.managesNetwork(n.id())).toList();
    }
}
