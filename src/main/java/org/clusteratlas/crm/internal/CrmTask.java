package org.clusteratlas.crm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.clusteratlas.crm.TaskStatus;
import org.clusteratlas.shared.AssignedIdEntity;

/** Something a network's office has to do, often the follow-up of an interaction. */
@Entity
@Table(name = "crm_task")
public class CrmTask extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "interaction_id")
    private UUID interactionId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 5000)
    private String details;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assignee_id")
    private UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CrmTask() {}

    public CrmTask(UUID networkId, UUID interactionId, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.interactionId = interactionId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            UUID organizationId,
            UUID contactId,
            String title,
            String details,
            LocalDate dueDate,
            UUID assigneeId,
            TaskStatus status,
            Instant now) {
        this.organizationId = organizationId;
        this.contactId = contactId;
        this.title = title;
        this.details = details;
        if (!Objects.equals(this.dueDate, dueDate) || !Objects.equals(this.assigneeId, assigneeId)) {
            // A new date or a new assignee is reminded of afresh.
            this.remindedFor = null;
        }
        this.dueDate = dueDate;
        this.assigneeId = assigneeId;
        setStatus(status, now);
        this.updatedAt = now;
    }

    public void setStatus(TaskStatus status, Instant now) {
        if (status != this.status) {
            this.completedAt = status == TaskStatus.OPEN ? null : now;
            this.status = status;
            this.updatedAt = now;
        }
    }

    public void markReminded() {
        this.remindedFor = dueDate;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getContactId() {
        return contactId;
    }

    public UUID getInteractionId() {
        return interactionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
