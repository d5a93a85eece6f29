package org.clusteratlas.jobs.web;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.jobs.ApplicationChannel;
import org.clusteratlas.jobs.ApplicationStatus;
import org.clusteratlas.jobs.ApplicationView;
import org.clusteratlas.jobs.Applications;
import org.clusteratlas.jobs.EmploymentType;
import org.clusteratlas.jobs.JobBoard;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.PostingView;
import org.clusteratlas.jobs.RemoteOption;
import org.clusteratlas.jobs.SalaryPeriod;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company's job desk under its profile ({@code /o/{slug}/jobs}): its postings with the form to write and renew them,
 * and the applications received through the platform. For the organization's editors, its networks' offices and
 * platform admins; an application of another organization is not found here.
 */
@Controller
class CompanyJobsController {

    static final String MANAGE_VIEW = "jobs/manage";
    static final String FORM_VIEW = "jobs/form";
    static final String APPLICATION_VIEW = "jobs/application";

    private final JobBoard board;
    private final Applications applications;
    private final Organizations organizations;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    CompanyJobsController(
            JobBoard board,
            Applications applications,
            Organizations organizations,
            Taxonomy taxonomy,
            MessageSource messages) {
        this.board = board;
        this.applications = applications;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/o/{slug}/jobs")
    String manage(@PathVariable String slug, Model model) {
        OrganizationRef organization = editable(slug);
        model.addAttribute("organization", organization);
        model.addAttribute("postings", board.forOrganization(organization.id()));
        model.addAttribute("applications", applications.forOrganization(organization.id()));
        return MANAGE_VIEW;
    }

    @GetMapping("/o/{slug}/jobs/new")
    String newForm(@PathVariable String slug, Model model) {
        OrganizationRef organization = editable(slug);
        model.addAttribute("form", PostingForm.empty());
        return showForm(model, organization, null, Map.of());
    }

    @PostMapping("/o/{slug}/jobs")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") PostingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrganizationRef organization = editable(slug);
        if (binding.hasErrors()) {
            return showForm(model, organization, null, JobPages.bindingErrors(binding, messages));
        }
        try {
            PostingView created = board.create(form.toCommand(organization.id()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + created.path();
        } catch (ValidationFailedException invalid) {
            return showForm(model, organization, null, JobPages.errors(invalid));
        }
    }

    @GetMapping("/o/{slug}/jobs/{id}/edit")
    String editForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
        OrganizationRef organization = editable(slug);
        PostingView posting = own(organization, id);
        model.addAttribute("form", PostingForm.of(posting));
        return showForm(model, organization, posting, Map.of());
    }

    @PostMapping("/o/{slug}/jobs/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("form") PostingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrganizationRef organization = editable(slug);
        PostingView posting = own(organization, id);
        if (binding.hasErrors()) {
            return showForm(model, organization, posting, JobPages.bindingErrors(binding, messages));
        }
        try {
            PostingView saved = board.update(id, form.toCommand(organization.id()), form.version());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + saved.path();
        } catch (ValidationFailedException invalid) {
            return showForm(model, organization, posting, JobPages.errors(invalid));
        } catch (ConflictException conflict) {
            model.addAttribute("conflict", true);
            return showForm(model, organization, posting, Map.of());
        }
    }

    @PostMapping("/o/{slug}/jobs/{id}/renew")
    String renew(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        OrganizationRef organization = editable(slug);
        own(organization, id);
        board.renew(id);
        redirect.addFlashAttribute("renewed", true);
        return "redirect:/o/" + slug + "/jobs";
    }

    @PostMapping("/o/{slug}/jobs/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        OrganizationRef organization = editable(slug);
        own(organization, id);
        board.delete(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/o/" + slug + "/jobs";
    }

    @GetMapping("/o/{slug}/jobs/applications/{applicationId}")
    String application(@PathVariable String slug, @PathVariable UUID applicationId, Model model) {
        OrganizationRef organization = editable(slug);
        model.addAttribute("organization", organization);
        model.addAttribute("jobApplication", ownApplication(organization, applicationId));
        model.addAttribute("statuses", ApplicationStatus.values());
        return APPLICATION_VIEW;
    }

    @GetMapping("/o/{slug}/jobs/applications/{applicationId}/documents/{index}")
    ResponseEntity<InputStreamResource> document(
            @PathVariable String slug, @PathVariable UUID applicationId, @PathVariable int index) {
        OrganizationRef organization = editable(slug);
        ownApplication(organization, applicationId);
        Applications.Document document = applications.document(applicationId, index);
        InputStream content = document.content();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content));
    }

    @PostMapping("/o/{slug}/jobs/applications/{applicationId}/status")
    String status(
            @PathVariable String slug,
            @PathVariable UUID applicationId,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        OrganizationRef organization = editable(slug);
        ownApplication(organization, applicationId);
        applications.changeStatus(applicationId, status, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/o/" + slug + "/jobs/applications/" + applicationId;
    }

    private String showForm(
            Model model, OrganizationRef organization, PostingView posting, Map<String, String> errors) {
        model.addAttribute("organization", organization);
        model.addAttribute("posting", posting);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("kinds", JobKind.values());
        model.addAttribute("remoteOptions", RemoteOption.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        model.addAttribute("salaryPeriods", SalaryPeriod.values());
        model.addAttribute("channels", ApplicationChannel.values());
        Map<String, String> concepts = new LinkedHashMap<>();
        taxonomy.all()
                .forEach(c -> concepts.put(
                        c.uri(), c.prefLabel().in(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        model.addAttribute("concepts", concepts);
        return FORM_VIEW;
    }

    /** The organization, for its editors (and offices, admins): others are refused before anything is shown. */
    private OrganizationRef editable(String slug) {
        var details = organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        if (!board.canPost(details.id())) {
            throw new AccessDeniedException("not an editor of this organization");
        }
        return organizations.reference(details.id()).orElseThrow(() -> new NotFoundException("organization"));
    }

    private PostingView own(OrganizationRef organization, UUID id) {
        PostingView posting = board.get(id.toString());
        if (!posting.organizationId().equals(organization.id())) {
            throw new NotFoundException("job");
        }
        return posting;
    }

    private ApplicationView ownApplication(OrganizationRef organization, UUID applicationId) {
        ApplicationView application = applications.get(applicationId);
        if (!application.organizationId().equals(organization.id())) {
            throw new NotFoundException("application");
        }
        return application;
    }
}
