package org.clusteratlas.news.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.news.PostStatus;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;

/** A news post of one network. The image's bytes are in the blob storage under {@link #getImageKey()}. */
@Entity
@Table(name = "news_post")
public class NewsPost extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 60)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "teaser_de", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "teaser_en", length = 500))
    })
    private LocalizedText teaser;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "body_de", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "body_en", length = 20000))
    })
    private LocalizedText body;

    @Column(name = "image_key", length = 200)
    private String imageKey;

    @Column(name = "image_content_type", length = 50)
    private String imageContentType;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "image_alt_de", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "image_alt_en", length = 300))
    })
    private LocalizedText imageAlt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NewsPost() {}

    /** A new draft. */
    public NewsPost(UUID networkId, String slug, UUID authorId) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.slug = slug;
        this.authorId = authorId;
        this.status = PostStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void write(LocalizedText title, LocalizedText teaser, LocalizedText body, LocalizedText imageAlt) {
        this.title = title;
        this.teaser = teaser;
        this.body = body;
        this.imageAlt = imageKey == null ? LocalizedText.empty() : imageAlt;
        this.updatedAt = Instant.now();
    }

    public void changeImage(String key, String contentType, LocalizedText alt) {
        this.imageKey = key;
        this.imageContentType = contentType;
        this.imageAlt = key == null ? LocalizedText.empty() : alt;
        this.updatedAt = Instant.now();
    }

    /**
     * Published from now on. The date of the first publication stays: taking a post offline to correct it and
     * publishing it again must not move it to the top of the list as if it were new.
     */
    public void publish() {
        status = PostStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = Instant.now();
        }
        updatedAt = Instant.now();
    }

    public void unpublish() {
        status = PostStatus.DRAFT;
        updatedAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return title == null ? LocalizedText.empty() : title;
    }

    public LocalizedText getTeaser() {
        return teaser == null ? LocalizedText.empty() : teaser;
    }

    public LocalizedText getBody() {
        return body == null ? LocalizedText.empty() : body;
    }

    public String getImageKey() {
        return imageKey;
    }

    public String getImageContentType() {
        return imageContentType;
    }

    public LocalizedText getImageAlt() {
        return imageAlt == null ? LocalizedText.empty() : imageAlt;
    }

    public PostStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
