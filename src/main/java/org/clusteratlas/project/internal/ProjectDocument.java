package org.clusteratlas.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A PDF of a project; the bytes are in the blob storage under a key the platform chose. */
@Entity
@Table(name = "project_document")
public class ProjectDocument extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "public_document", nullable = false)
    private boolean publicDocument;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProjectDocument() {}

    public ProjectDocument(UUID projectId, String title, String fileName, long size, boolean publicDocument) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.title = title;
        this.fileName = fileName;
        this.size = size;
        this.publicDocument = publicDocument;
        this.storageKey = "projects/" + projectId + "/" + id + ".pdf";
        this.uploadedAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
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

    public boolean isPublicDocument() {
        return publicDocument;
    }
}
