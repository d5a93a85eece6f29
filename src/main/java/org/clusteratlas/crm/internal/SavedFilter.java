package org.clusteratlas.crm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A segment the office named and keeps, stored as the member list's query string (what the list's address shows). */
@Entity
@Table(name = "crm_saved_filter")
public class SavedFilter extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 2000)
    private String query;

    @Column(name = "created_by", length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {}

    public SavedFilter(UUID networkId, String name, String query, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.name = name;
        this.query = query;
        this.createdBy = createdBy;
        this.createdAt = now;
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

    public String getQuery() {
        return query;
    }
}
