package org.clusteratlas.network.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
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
@Table(name = "federation")
public class Federation extends AssignedIdEntity {

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

    @ManyToMany
    @JoinTable(
            name = "federation_network",
            joinColumns = @JoinColumn(name = "federation_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<Network> networks = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Federation() {}

    public Federation(String slug, LocalizedText name, LocalizedText description) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.createdAt = Instant.now();
        describe(name, description);
    }

    public void describe(LocalizedText name, LocalizedText description) {
        this.name = name;
        this.description = description == null ? LocalizedText.empty() : description;
    }

    public void join(Network network) {
        networks.add(network);
        network.getFederations().add(this);
    }

    public void leave(Network network) {
        networks.remove(network);
        network.getFederations().remove(this);
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

    public Set<Network> getNetworks() {
        return networks;
    }
}
