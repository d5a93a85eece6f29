package org.clusteratlas.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * A PDF an applicant uploaded for a required document. The bytes are in the blob storage under a key the platform
 * chose; only the network's office downloads them.
 */
@Entity
@Table(name = "membership_application_document")
public class ApplicationDocument extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "document_code", nullable = false, length = 60)
    private String code;

    @Column(name = "document_name", nullable = false, length = 100)
    private String name;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {}

    public ApplicationDocument(UUID applicationId, String code, String name, String fileName, long size) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.code = code;
        this.name = name;
        this.fileName = fileName;
        this.size = size;
        this.storageKey = "applications/" + applicationId + "/" + id + ".pdf";
        this.uploadedAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
