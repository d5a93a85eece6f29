package org.clusteratlas.crm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.crm.InteractionKind;
import org.clusteratlas.shared.AssignedIdEntity;

/** A call, meeting, mail, visit or note of a network's office with or about a member organization. */
@Entity
@Table(name = "crm_interaction")
public class Interaction extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InteractionKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 10000)
    private String notes;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Interaction() {}

    public Interaction(UUID networkId, UUID organizationId, UUID authorId, String authorName, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organizationId = organizationId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            UUID contactId,
            String contactName,
            InteractionKind kind,
            Instant occurredAt,
            String subject,
            String notes,
            Instant now) {
        this.contactId = contactId;
        this.contactName = contactName;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.subject = subject;
        this.notes = notes;
        this.updatedAt = now;
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

    public String getContactName() {
        return contactName;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getNotes() {
        return notes;
    }

    public String getAuthorName() {
        return authorName;
    }

    public long getVersion() {
        return version;
    }
}
