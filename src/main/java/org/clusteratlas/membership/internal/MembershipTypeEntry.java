package org.clusteratlas.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A membership type a network configured; a network without any offers the platform's defaults. */
@Entity
@Table(name = "membership_type")
public class MembershipTypeEntry {

    @EmbeddedId
    private Key key;

    @Column(name = "name_de", nullable = false, length = 100)
    private String nameDe;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MembershipTypeEntry() {}

    public MembershipTypeEntry(UUID networkId, String code, String nameDe, String nameEn, int sortOrder) {
        this.key = new Key(networkId, code);
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return key.code;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Embeddable
    public record Key(
            @Column(name = "network_id") UUID networkId,
            @Column(name = "code", length = 40) String code) implements Serializable {}
}
