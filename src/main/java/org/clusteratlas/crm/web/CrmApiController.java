package org.clusteratlas.crm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.crm.InteractionCommand;
import org.clusteratlas.crm.InteractionView;
import org.clusteratlas.crm.TaskCommand;
import org.clusteratlas.crm.TaskFilter;
import org.clusteratlas.crm.TaskStatus;
import org.clusteratlas.crm.TaskView;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Etags;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's interactions and tasks. Lists are per network ({@code network} is the network's slug) and only for its
 * office; a single record of another network answers 404. Changes may carry {@code If-Match} with the ETag a read
 * returned: a record changed meanwhile is then refused with 409 instead of being overwritten.
 */
@Tag(name = "CRM", description = "Interactions and tasks of a network's office")
@RestController
@RequestMapping("/api/v1")
class CrmApiController {

    private final Crm crm;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    CrmApiController(Crm crm, CurrentUsers currentUsers, MessageSource messages) {
        this.crm = crm;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** A task's new status. */
    record StatusChange(@NotNull TaskStatus status) {}

    @Operation(summary = "A network's interactions, newest first; only those with one organization when given")
    @GetMapping("/interactions")
    List<InteractionView> interactions(
            @RequestParam String network,
            @RequestParam(required = false) UUID organization,
            @RequestParam(defaultValue = "100") int limit) {
        return crm.interactions(network, organization, limit);
    }

    @Operation(summary = "Log an interaction, with a follow-up task when one is given")
    @PostMapping("/interactions")
    ResponseEntity<InteractionView> logInteraction(
            @RequestParam String network, @Valid @RequestBody InteractionCommand command) {
        InteractionView created = crm.logInteraction(network, command);
        return Etags.created("/api/v1/interactions/" + created.id(), created.version(), created);
    }

    @Operation(summary = "One interaction")
    @GetMapping("/interactions/{id}")
    ResponseEntity<InteractionView> interaction(@PathVariable UUID id) {
        InteractionView interaction = crm.interaction(id);
        return Etags.ok(interaction.version(), interaction);
    }

    @Operation(summary = "Change an interaction")
    @PutMapping("/interactions/{id}")
    ResponseEntity<InteractionView> updateInteraction(
            @PathVariable UUID id,
            @Parameter(description = "the ETag of the version the change is based on")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody InteractionCommand command) {
        long version = Etags.version(ifMatch, () -> crm.interaction(id).version());
        InteractionView saved = crm.updateInteraction(id, version, command);
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Delete an interaction (its follow-up tasks stay)")
    @DeleteMapping("/interactions/{id}")
    ResponseEntity<Void> deleteInteraction(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        crm.deleteInteraction(
                id, Etags.version(ifMatch, () -> crm.interaction(id).version()));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Tasks",
            description = "With network: that network's tasks by the filters (assignee=me for one's own). Without: the"
                    + " caller's open tasks in every network whose office they work in.")
    @GetMapping("/tasks")
    List<TaskView> tasks(
            @RequestParam(required = false) String network,
            @Parameter(description = "an account id, or me") @RequestParam(required = false) String assignee,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID organization,
            @RequestParam(defaultValue = "100") int limit) {
        if (network == null) {
            return crm.myTasks(limit);
        }
        UUID assigneeId = assignee == null
                ? null
                : "me".equals(assignee) ? currentUsers.current().id() : parseId(assignee);
        return crm.tasks(network, new TaskFilter(assigneeId, status, overdue, organization), limit);
    }

    @Operation(summary = "Create a task")
    @PostMapping("/tasks")
    ResponseEntity<TaskView> createTask(@RequestParam String network, @Valid @RequestBody TaskCommand command) {
        TaskView created = crm.createTask(network, command);
        return Etags.created("/api/v1/tasks/" + created.id(), created.version(), created);
    }

    @Operation(summary = "One task")
    @GetMapping("/tasks/{id}")
    ResponseEntity<TaskView> task(@PathVariable UUID id) {
        TaskView task = crm.task(id);
        return Etags.ok(task.version(), task);
    }

    @Operation(summary = "Change a task")
    @PutMapping("/tasks/{id}")
    ResponseEntity<TaskView> updateTask(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TaskCommand command) {
        TaskView saved =
                crm.updateTask(id, Etags.version(ifMatch, () -> crm.task(id).version()), command);
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Mark a task done, cancel or reopen it")
    @PostMapping("/tasks/{id}/status")
    ResponseEntity<TaskView> setStatus(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StatusChange change) {
        TaskView saved =
                crm.setTaskStatus(id, Etags.version(ifMatch, () -> crm.task(id).version()), change.status());
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Delete a task")
    @DeleteMapping("/tasks/{id}")
    ResponseEntity<Void> deleteTask(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        crm.deleteTask(id, Etags.version(ifMatch, () -> crm.task(id).version()));
        return ResponseEntity.noContent().build();
    }

    private UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(new FieldMessage(
                    "assignee", messages.getMessage("crm.error.assignee-id", null, LocaleContextHolder.getLocale()))));
        }
    }
}
