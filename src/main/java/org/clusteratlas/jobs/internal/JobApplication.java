package org.clusteratlas.jobs.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.jobs.ApplicationStatus;
import org.clusteratlas.shared.AssignedIdEntity;

/** An application sent through the platform, with its PDF documents (stored in the blob storage under their keys). */
@Entity
@Table(name = "job_application")
public class JobApplication extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "posting_id", nullable = false)
    private UUID postingId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 5000)
    private String message;

    /** The language of the page the candidate applied on: the language of the mails to them. */
    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @ElementCollection
    @CollectionTable(name = "job_application_document", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<Document> documents = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** A stored PDF of the application. */
    @Embeddable
    public record Document(
            @Column(name = "storage_key", nullable = false, length = 200)
            String storageKey,

            @Column(name = "file_name", nullable = false, length = 200)
            String fileName,

            @Column(name = "size_bytes", nullable = false) long sizeBytes) {}

    protected JobApplication() {}

    public JobApplication(
            UUID id, UUID postingId, String name, String email, String message, String language, Instant now) {
        this.id = id;
        this.postingId = postingId;
        this.name = name;
        this.email = email;
        this.message = message;
        this.language = language;
        this.status = ApplicationStatus.RECEIVED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void attach(Document document) {
        documents.add(document);
    }

    public void changeStatus(ApplicationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getPostingId() {
        return postingId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public List<Document> getDocuments() {
        return documents;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
