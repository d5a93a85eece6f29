package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A picture of an organization's gallery. The bytes are in the blob storage under {@link #getStorageKey()}. */
@Entity
@Table(name = "organization_image")
public class OrganizationImage extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(length = 200)
    private String caption;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrganizationImage() {}

    public OrganizationImage(UUID organizationId, String extension, String contentType, String caption) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.storageKey = "organizations/" + organizationId + "/images/" + id + "." + extension;
        this.contentType = contentType;
        this.caption = caption;
        this.createdAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public String getCaption() {
        return caption;
    }
}
