package org.clusteratlas.crm.web;

import java.time.LocalDate;
import java.util.UUID;
import org.clusteratlas.crm.TaskCommand;
import org.clusteratlas.crm.TaskStatus;
import org.clusteratlas.crm.TaskView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a task.
 *
 * @param version the task's version the form was made from; null for a new task
 */
record TaskForm(
        String title,
        String details,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        UUID assigneeId,
        TaskStatus status,
        UUID organizationId,
        Long version) {

    static TaskForm empty(UUID organizationId) {
        return new TaskForm("", "", null, null, TaskStatus.OPEN, organizationId, null);
    }

    static TaskForm of(TaskView task) {
        return new TaskForm(
                task.title(),
                task.details(),
                task.dueDate(),
                task.assigneeId(),
                task.status(),
                task.organizationId(),
                task.version());
    }

    TaskCommand toCommand(UUID contactId) {
        return new TaskCommand(
                organizationId, contactId, title == null ? "" : title, details, dueDate, assigneeId, status);
    }
}
