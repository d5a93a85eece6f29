package org.clusteratlas.network.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;

/**
 * What networks and federations have in common: a stable slug (their address {@code /n/{slug}}), a bilingual name
 * and description.
 */
@MappedSuperclass
public abstract class SluggedEntity extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "name_de", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 200))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de", length = 10000)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 10000))
    })
    private LocalizedText description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SluggedEntity() {}

    protected SluggedEntity(String slug) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.createdAt = Instant.now();
    }

    protected void name(LocalizedText name, LocalizedText description) {
        this.name = name;
        this.description = description == null ? LocalizedText.empty() : description;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getName() {
        return name == null ? LocalizedText.empty() : name;
    }

    public LocalizedText getDescription() {
        return description == null ? LocalizedText.empty() : description;
    }
}
