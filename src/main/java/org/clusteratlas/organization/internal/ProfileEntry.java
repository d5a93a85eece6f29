package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An offer or a need of an organization's profile. */
@Embeddable
public record ProfileEntry(
        @Column(name = "title", nullable = false, length = 200)
        String title,

        @Column(name = "description", length = 5000) String description) {}
