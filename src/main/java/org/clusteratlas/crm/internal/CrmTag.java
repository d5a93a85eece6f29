package org.clusteratlas.crm.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A label the office puts on members ("Ausbildungsbetrieb", "Messe 2027"), unique per network ignoring case. */
@Entity
@Table(name = "crm_tag")
public class CrmTag extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "name_key", nullable = false, length = 60)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "crm_tag_assignment", joinColumns = @JoinColumn(name = "tag_id"))
    @Column(name = "organization_id", nullable = false)
    private Set<UUID> organizationIds = new HashSet<>();

    protected CrmTag() {}

    public CrmTag(UUID networkId, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.createdAt = now;
        rename(name);
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public final void rename(String name) {
        this.name = name.strip();
        this.nameKey = key(name);
    }

    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public Set<UUID> getOrganizationIds() {
        return organizationIds;
    }
}
