package org.clusteratlas.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * For entities whose UUID is assigned in the constructor. Without this, Spring Data cannot tell a new entity from a
 * detached one and merges it: that costs a SELECT per insert, and the caller keeps an unmanaged copy whose later
 * changes are silently lost. NOTE: not an optimization only — it prevents lost writes.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        fresh = false;
    }
}
