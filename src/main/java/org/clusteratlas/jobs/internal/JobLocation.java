package org.clusteratlas.jobs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place of work of a posting, geocoded from its postal code when saved (null coordinates: not located). */
@Embeddable
public record JobLocation(
        @Column(name = "postal_code", nullable = false, length = 10)
        String postalCode,

        @Column(name = "city", nullable = false, length = 100)
        String city,

        @Column(name = "latitude") Double latitude,
        @Column(name = "longitude") Double longitude) {}
