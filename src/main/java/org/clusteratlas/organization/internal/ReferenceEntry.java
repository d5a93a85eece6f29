package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record ReferenceEntry(
        @Column(name = "title", nullable = false, length = 200)
        String title,

        @Column(name = "description", length = 5000) String description,
        @Column(name = "customer", length = 200) String customer,
        @Column(name = "reference_year") Integer year) {}
