package org.clusteratlas.network.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
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

    /** Colors of the network's pages, {@code #rrggbb}; null for the platform's. */
    @Column(name = "primary_color", length = 7)
    private String primaryColor;

    @Column(name = "accent_color", length = 7)
    private String accentColor;

    @ManyToMany(mappedBy = "networks")
    private Set<Federation> federations = new LinkedHashSet<>();

    /** Federations (ids) the network belongs to but does not share its members' profiles with. */
    @ElementCollection
    @CollectionTable(name = "network_withheld_federation", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "federation_id")
    private Set<UUID> withheldFrom = new LinkedHashSet<>();

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

    public void brand(String primaryColor, String accentColor) {
        this.primaryColor = primaryColor;
        this.accentColor = accentColor;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    /** Whether the network shares its members' profiles in the federation: it belongs to it and does not withhold. */
    public boolean sharesWith(Federation federation) {
        return federations.contains(federation) && !withheldFrom.contains(federation.getId());
    }

    public void share(Federation federation, boolean shares) {
        if (shares) {
            withheldFrom.remove(federation.getId());
        } else {
            withheldFrom.add(federation.getId());
        }
    }

    public Set<UUID> getWithheldFrom() {
        return withheldFrom;
    }
}
