package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record SiteEntry(
        @Column(name = "name", length = 200) String name,
        @Column(name = "street", length = 200) String street,
        @Column(name = "postal_code", length = 10) String postalCode,
        @Column(name = "city", length = 100) String city,
        @Column(name = "country", length = 2) String country,
        @Column(name = "latitude") Double latitude,
        @Column(name = "longitude") Double longitude) {}
