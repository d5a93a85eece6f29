package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record MachineEntry(
        @Column(name = "kind", nullable = false, length = 200)
        String kind,

        @Column(name = "details", length = 2000) String details) {}
