package org.clusteratlas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of the security audit: what happened to which account, from where. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** What the audit records. */
    public enum Kind {
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        LOGIN_BLOCKED,
        LOGIN_REFUSED_WHILE_BLOCKED,
        LOGOUT,
        PASSWORD_RESET,
        TOKEN_ISSUED,
        TOKEN_REVOKED,
        ACCOUNT_LOCKED,
        ACCOUNT_UNLOCKED,
        PLATFORM_ADMIN_GRANTED,
        PLATFORM_ADMIN_REVOKED,
        NETWORK_ROLE_ASSIGNED,
        NETWORK_ROLE_REMOVED
    }

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(length = 500)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt, Kind kind, UUID accountId, String emailHash, String remoteAddress, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountId = accountId;
        this.emailHash = emailHash;
        this.remoteAddress = remoteAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }
}
