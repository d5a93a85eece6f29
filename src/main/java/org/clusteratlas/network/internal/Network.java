package org.clusteratlas.network.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;
import org.clusteratlas.shared.LocalizedText;

@Entity
@Table(name = "network")
public class Network extends AssignedIdEntity {

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

    @Column(length = 120)
    private String region;

    @Column(name = "logo_key", length = 200)
    private String logoKey;

    @Column(name = "logo_content_type", length = 50)
    private String logoContentType;

    @Column(name = "edits_require_approval", nullable = false)
    private boolean editsRequireApproval;

    @ManyToMany(mappedBy = "networks")
    private Set<Federation> federations = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Network() {}

    public Network(String slug, LocalizedText name, LocalizedText description, String region) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.createdAt = Instant.now();
        describe(name, description, region);
    }

    public void describe(LocalizedText name, LocalizedText description, String region) {
        this.name = name;
        this.description = description == null ? LocalizedText.empty() : description;
        this.region = region == null || region.isBlank() ? null : region.strip();
    }

    public boolean isEditsRequireApproval() {
        return editsRequireApproval;
    }

    public void setEditsRequireApproval(boolean editsRequireApproval) {
        this.editsRequireApproval = editsRequireApproval;
    }

    public void changeLogo(String key, String contentType) {
        this.logoKey = key;
        this.logoContentType = contentType;
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

    public String getRegion() {
        return region;
    }

    public String getLogoKey() {
        return logoKey;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public Set<Federation> getFederations() {
        return federations;
    }
}
