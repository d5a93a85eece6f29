package org.clusteratlas.project.web;

import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.project.ProjectCommand;
import org.clusteratlas.project.ProjectStatus;
import org.clusteratlas.project.ProjectView;
import org.clusteratlas.project.ProjectVisibility;
import org.clusteratlas.project.Projects;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.PdfUploads;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's pages for its network's projects, documents and funding programmes. Every form works without JS. */
@Controller
class ProjectOfficeController {

    static final String FORM_VIEW = "project/form";
    static final String PROGRAMMES_VIEW = "project/programmes";

    private final Projects projects;
    private final Networks networks;
    private final PdfUploads pdfs;
    private final MessageSource messages;

    ProjectOfficeController(Projects projects, Networks networks, PdfUploads pdfs, MessageSource messages) {
        this.projects = projects;
        this.networks = networks;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/projects/new")
    String newProject(@PathVariable String slug, Model model) {
        ProjectForm form = new ProjectForm();
        form.ensureBlankRows();
        model.addAttribute("form", form);
        return showForm(slug, null, model);
    }

    @PostMapping("/n/{slug}/projects")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale) {
        if (add != null) {
            return reshow(slug, null, form, add, model);
        }
        form.dropBlankRows();
        ProjectCommand command = form.toCommand(errors, messages.getMessage("project.date.invalid", null, locale));
        if (errors.hasErrors()) {
            return reshow(slug, null, form, null, model);
        }
        try {
            ProjectView created = projects.create(slug, command);
            return "redirect:/n/" + slug + "/projects/" + created.slug();
        } catch (ValidationFailedException invalid) {
            reject(errors, invalid);
            return reshow(slug, null, form, null, model);
        }
    }

    @GetMapping("/n/{slug}/projects/{projectSlug}/edit")
    String edit(@PathVariable String slug, @PathVariable String projectSlug, Model model) {
        ProjectView project = managed(slug, projectSlug);
        ProjectForm form = ProjectForm.of(project);
        form.ensureBlankRows();
        model.addAttribute("form", form);
        return showForm(slug, project, model);
    }

    @PostMapping("/n/{slug}/projects/{projectSlug}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable String projectSlug,
            @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            @RequestParam(required = false) String add,
            Model model,
            Locale locale) {
        ProjectView project = managed(slug, projectSlug);
        if (add != null) {
            return reshow(slug, project, form, add, model);
        }
        form.dropBlankRows();
        ProjectCommand command = form.toCommand(errors, messages.getMessage("project.date.invalid", null, locale));
        if (errors.hasErrors()) {
            return reshow(slug, project, form, null, model);
        }
        try {
            projects.update(project.id(), form.getVersion(), command);
        } catch (ValidationFailedException invalid) {
            reject(errors, invalid);
            return reshow(slug, project, form, null, model);
        } catch (OptimisticLockingFailureException concurrent) {
            errors.reject("project.conflict");
            return reshow(slug, project, form, null, model);
        }
        return "redirect:/n/" + slug + "/projects/" + projectSlug;
    }

    @PostMapping("/n/{slug}/projects/{projectSlug}/delete")
    String delete(@PathVariable String slug, @PathVariable String projectSlug) {
        projects.delete(managed(slug, projectSlug).id());
        return "redirect:/n/" + slug + "/projects";
    }

    @PostMapping("/n/{slug}/projects/{projectSlug}/documents")
    String upload(
            @PathVariable String slug,
            @PathVariable String projectSlug,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean publicDocument,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale) {
        ProjectView project = managed(slug, projectSlug);
        PdfUploads.Result checked = pdfs.check(file);
        String target = "redirect:/n/" + slug + "/projects/" + projectSlug;
        if (!checked.isAccepted()) {
            redirect.addFlashAttribute(
                    "documentError",
                    messages.getMessage(
                            checked.refusalKey(), new Object[] {PdfUploads.MAX_BYTES / (1024 * 1024)}, locale));
            return target;
        }
        try {
            projects.addDocument(project.id(), title, publicDocument, checked.pdf());
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute(
                    "documentError", invalid.errors().getFirst().message());
        }
        return target;
    }

    @PostMapping("/n/{slug}/projects/{projectSlug}/documents/{documentId}/delete")
    String deleteDocument(@PathVariable String slug, @PathVariable String projectSlug, @PathVariable UUID documentId) {
        projects.deleteDocument(managed(slug, projectSlug).id(), documentId);
        return "redirect:/n/" + slug + "/projects/" + projectSlug;
    }

    @GetMapping("/n/{slug}/projects/programmes")
    String programmes(@PathVariable String slug, Model model) {
        model.addAttribute("form", new ProgrammeForm());
        return showProgrammes(slug, model);
    }

    @PostMapping("/n/{slug}/projects/programmes")
    String createProgramme(
            @PathVariable String slug,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return showProgrammes(slug, model);
        }
        try {
            projects.createProgramme(slug, form.toCommand());
        } catch (ValidationFailedException invalid) {
            reject(errors, invalid);
            return showProgrammes(slug, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/projects/programmes";
    }

    private String showProgrammes(String slug, Model model) {
        model.addAttribute("programmes", projects.programmes(slug));
        model.addAttribute("network", network(slug));
        return PROGRAMMES_VIEW;
    }

    private ProjectView managed(String slug, String projectSlug) {
        ProjectView project = projects.get(slug, projectSlug);
        networks.requireManager(network(slug).id());
        return project;
    }

    private String reshow(String slug, ProjectView project, ProjectForm form, String add, Model model) {
        if (add != null) {
            form.addRow(add);
        }
        form.ensureBlankRows();
        return showForm(slug, project, model);
    }

    private String showForm(String slug, ProjectView project, Model model) {
        model.addAttribute("programmes", projects.programmes(slug));
        model.addAttribute("network", network(slug));
        model.addAttribute("project", project);
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("visibilities", ProjectVisibility.values());
        return FORM_VIEW;
    }

    private static void reject(BindingResult errors, ValidationFailedException invalid) {
        for (FieldMessage problem : invalid.errors()) {
            // No message codes: the facade's message is already in the reader's language.
            errors.addError(new FieldError(
                    "form",
                    problem.field(),
                    errors.getRawFieldValue(problem.field()),
                    false,
                    null,
                    null,
                    problem.message()));
        }
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
