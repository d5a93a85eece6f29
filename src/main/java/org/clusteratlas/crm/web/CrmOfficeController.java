package org.clusteratlas.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.crm.OfficeDashboard;
import org.clusteratlas.crm.TaskFilter;
import org.clusteratlas.crm.TaskStatus;
import org.clusteratlas.crm.TaskView;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipView;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The office's CRM pages: the task list ("my tasks", overdue, open, done), one task, the members, and one member's
 * log of interactions with the form that logs the next one. Rights come first ({@link Crm}): whoever does not run the
 * network's office learns nothing, not even whether a task exists.
 */
@Controller
class CrmOfficeController {

    static final String DASHBOARD_VIEW = "crm/dashboard";
    static final String TASKS_VIEW = "crm/tasks";
    static final String TASK_VIEW = "crm/task";
    static final String ORGANIZATION_VIEW = "crm/organization";

    /** The task lists of the office, by the {@code show} parameter. */
    enum Show {
        MINE,
        OVERDUE,
        OPEN,
        DONE
    }

    private final Crm crm;
    private final Organizations organizations;
    private final MembershipRecords memberships;
    private final CurrentUsers currentUsers;
    private final OfficeDashboard dashboard;

    CrmOfficeController(
            Crm crm,
            Organizations organizations,
            MembershipRecords memberships,
            CurrentUsers currentUsers,
            OfficeDashboard dashboard) {
        this.dashboard = dashboard;
        this.crm = crm;
        this.organizations = organizations;
        this.memberships = memberships;
        this.currentUsers = currentUsers;
    }

    /** The office's start page (see {@link OfficeDashboard}). */
    @GetMapping("/n/{slug}/crm")
    String home(@PathVariable String slug, Model model) {
        model.addAttribute("d", dashboard.of(slug));
        model.addAttribute("zone", crm.zone());
        return DASHBOARD_VIEW;
    }

    @GetMapping("/n/{slug}/crm/tasks")
    String tasks(
            @PathVariable String slug,
            @RequestParam(defaultValue = "mine") String show,
            Model model,
            HttpServletRequest request) {
        NetworkSummary network = crm.office(slug);
        Show chosen = show(show);
        TaskFilter filter = switch (chosen) {
            case MINE -> new TaskFilter(currentUsers.current().id(), TaskStatus.OPEN, false, null);
            case OVERDUE -> new TaskFilter(null, TaskStatus.OPEN, true, null);
            case OPEN -> TaskFilter.OPEN;
            case DONE -> new TaskFilter(null, TaskStatus.DONE, false, null);
        };
        model.addAttribute("network", network);
        model.addAttribute("show", chosen.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("tasks", crm.tasks(slug, filter, Crm.MAX_LIST));
        model.addAttribute("today", crm.today());
        return Htmx.view(request, TASKS_VIEW, "results");
    }

    /** Done (or reopened) from the list: htmx gets the list again, a plain form post goes back to it. */
    @PostMapping("/n/{slug}/crm/tasks/{taskId}/status")
    String setStatus(
            @PathVariable String slug,
            @PathVariable UUID taskId,
            @RequestParam TaskStatus status,
            @RequestParam long version,
            @RequestParam(defaultValue = "mine") String show,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        crm.office(slug);
        try {
            crm.setTaskStatus(taskId, version, status);
        } catch (ConflictException | OptimisticLockingFailureException changed) {
            model.addAttribute("conflict", true);
            redirect.addFlashAttribute("conflict", true);
        }
        if (Htmx.isHtmxRequest(request)) {
            return tasks(slug, show, model, request);
        }
        return "redirect:/n/" + slug + "/crm/tasks?show=" + show(show).name().toLowerCase(java.util.Locale.ROOT);
    }

    @GetMapping("/n/{slug}/crm/tasks/{taskId}")
    String task(@PathVariable String slug, @PathVariable UUID taskId, Model model) {
        crm.office(slug);
        TaskView task = ownTask(slug, taskId);
        model.addAttribute("form", TaskForm.of(task));
        return showTask(model, slug, task);
    }

    @PostMapping("/n/{slug}/crm/tasks/{taskId}")
    String saveTask(
            @PathVariable String slug,
            @PathVariable UUID taskId,
            @ModelAttribute("form") TaskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        crm.office(slug);
        TaskView task = ownTask(slug, taskId);
        if (!errors.hasErrors()) {
            try {
                crm.updateTask(
                        taskId,
                        form.version() == null ? -1 : form.version(),
                        form.toCommand(task.organizationId() == null ? null : task.contactId()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/n/" + slug + "/crm/tasks/" + taskId;
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid);
            } catch (ConflictException | OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
                model.addAttribute("conflict", true);
            }
        }
        return showTask(model, slug, task);
    }

    @GetMapping("/n/{slug}/crm/organizations/{organizationId}")
    String organization(@PathVariable String slug, @PathVariable UUID organizationId, Model model) {
        crm.office(slug);
        model.addAttribute("form", InteractionForm.empty());
        return showOrganization(model, slug, organizationId);
    }

    @PostMapping("/n/{slug}/crm/organizations/{organizationId}/interactions")
    String logInteraction(
            @PathVariable String slug,
            @PathVariable UUID organizationId,
            @ModelAttribute("form") InteractionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        crm.office(slug);
        if (!errors.hasErrors()) {
            try {
                crm.logInteraction(slug, form.toCommand(organizationId, crm.zone()));
                redirect.addFlashAttribute("logged", true);
                return "redirect:/n/" + slug + "/crm/organizations/" + organizationId;
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid);
            }
        }
        return showOrganization(model, slug, organizationId);
    }

    /** The office changes the member's status, type or fee category; the page shows the outcome and the history. */
    @PostMapping("/n/{slug}/crm/organizations/{organizationId}/membership")
    String changeMembership(
            @PathVariable String slug,
            @PathVariable UUID organizationId,
            @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MembershipView membership =
                memberships.of(slug, organizationId).orElseThrow(() -> new NotFoundException("membership"));
        if (!errors.hasErrors()) {
            try {
                memberships.change(
                        membership.id(),
                        form.version() == null ? membership.version() : form.version(),
                        form.toCommand());
                redirect.addFlashAttribute("membershipSaved", true);
                return "redirect:/n/" + slug + "/crm/organizations/" + organizationId + "#membership";
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid);
            } catch (ConflictException | OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
            }
        }
        model.addAttribute("form", InteractionForm.empty());
        return showOrganization(model, slug, organizationId);
    }

    private String showOrganization(Model model, String slug, UUID organizationId) {
        NetworkSummary network = crm.office(slug);
        OrganizationRef organization = crm.member(slug, organizationId);
        model.addAttribute("network", network);
        model.addAttribute("organization", organization);
        model.addAttribute("interactions", crm.interactions(slug, organizationId, Crm.MAX_LIST));
        model.addAttribute(
                "tasks", crm.tasks(slug, new TaskFilter(null, TaskStatus.OPEN, false, organizationId), Crm.MAX_LIST));
        model.addAttribute("assignees", crm.assignees(slug));
        model.addAttribute("me", currentUsers.current().id());
        model.addAttribute("zone", crm.zone());
        model.addAttribute("kinds", org.clusteratlas.crm.InteractionKind.values());
        java.util.List<Organizations.Revision> history;
        try {
            history = organizations.history(organizationId);
        } catch (org.springframework.security.access.AccessDeniedException | NotFoundException formerMember) {
            // A former member is no longer the office's to edit, and its profile history is its editors' now.
            history = java.util.List.of();
        }
        model.addAttribute("history", history);
        memberships.of(slug, organizationId).ifPresent(membership -> {
            model.addAttribute("membership", membership);
            if (!model.containsAttribute("membershipForm")) {
                model.addAttribute("membershipForm", MembershipForm.of(membership));
            }
            java.util.List<MembershipStatus> statuses = new java.util.ArrayList<>();
            statuses.add(membership.status());
            java.util.Arrays.stream(MembershipStatus.values())
                    .filter(membership.status().next()::contains)
                    .forEach(statuses::add);
            model.addAttribute("membershipStatuses", statuses);
            model.addAttribute("membershipTypes", memberships.types(slug));
            model.addAttribute("feeCategories", FeeCategory.values());
        });
        return ORGANIZATION_VIEW;
    }

    private String showTask(Model model, String slug, TaskView task) {
        model.addAttribute("network", crm.office(slug));
        model.addAttribute("task", task);
        model.addAttribute("assignees", crm.assignees(slug));
        model.addAttribute("statuses", TaskStatus.values());
        return TASK_VIEW;
    }

    /** A task of this network's office; one of another network is not found here, even for whom runs both. */
    private TaskView ownTask(String slug, UUID taskId) {
        TaskView task = crm.task(taskId);
        if (!slug.equals(task.network())) {
            throw new NotFoundException("task");
        }
        return task;
    }

    private static Show show(String show) {
        for (Show s : Show.values()) {
            if (s.name().equalsIgnoreCase(show)) {
                return s;
            }
        }
        return Show.MINE;
    }

    /** The service's field paths as the forms name them; other errors are about the whole form. */
    private static final java.util.Map<String, String> FORM_FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("kind", "kind"),
            java.util.Map.entry("occurredAt", "occurredAt"),
            java.util.Map.entry("contactId", "contactId"),
            java.util.Map.entry("subject", "subject"),
            java.util.Map.entry("notes", "notes"),
            java.util.Map.entry("followUp.title", "followUpTitle"),
            java.util.Map.entry("followUp.dueDate", "followUpDue"),
            java.util.Map.entry("followUp.assigneeId", "followUpAssignee"),
            java.util.Map.entry("title", "title"),
            java.util.Map.entry("details", "details"),
            java.util.Map.entry("dueDate", "dueDate"),
            java.util.Map.entry("assigneeId", "assigneeId"),
            java.util.Map.entry("type", "type"),
            java.util.Map.entry("feeCategory", "feeCategory"),
            java.util.Map.entry("effectiveOn", "effectiveOn"),
            java.util.Map.entry("reason", "reason"),
            java.util.Map.entry("status", "status"));

    private static void reject(BindingResult errors, ValidationFailedException invalid) {
        for (FieldMessage message : invalid.errors()) {
            String field = FORM_FIELDS.get(message.field());
            boolean onForm = field != null && errors.getTarget() != null && hasComponent(errors.getTarget(), field);
            if (onForm) {
                errors.rejectValue(field, "invalid", message.message());
            } else {
                errors.reject("invalid", message.message());
            }
        }
    }

    private static boolean hasComponent(Object form, String field) {
        return java.util.Arrays.stream(form.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(field));
    }
}
