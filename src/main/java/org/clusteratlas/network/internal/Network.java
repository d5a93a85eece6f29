package org.clusteratlas.network.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clusteratlas.shared.LocalizedText;

/** A regional network or cluster with its office. */
@Entity
@Table(name = "network")
public class Network extends SluggedEntity {

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

    protected Network() {}

    public Network(String slug, LocalizedText name, LocalizedText description, String region) {
        super(slug);
        describe(name, description, region);
    }

    public void describe(LocalizedText name, LocalizedText description, String region) {
        name(name, description);
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
