package org.clusteratlas.organization.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/**
 * Something a person wants to hear about: new results of a saved search, or new partners (matches) or leads for an
 * organization they edit. The digest reports what changed since {@code lastCheckedAt}.
 */
@Entity
@Table(name = "search_alert")
public class SearchAlert extends AssignedIdEntity {

    public enum Kind {
        SEARCH,
        MATCHES,
        LEADS
    }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** The search as URL query parameters, as on the search page ({@code q=…&near=…}); searches only. */
    @Column(length = 2000)
    private String query;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_checked_at", nullable = false)
    private Instant lastCheckedAt;

    @Version
    private long version;

    protected SearchAlert() {}

    SearchAlert(UUID accountId, Kind kind, String name, String query, UUID organizationId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.name = name;
        this.query = query;
        this.organizationId = organizationId;
        this.createdAt = Instant.now();
        this.lastCheckedAt = createdAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }

    void checked(Instant when) {
        this.lastCheckedAt = when;
    }
}
