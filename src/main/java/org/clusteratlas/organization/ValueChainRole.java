package org.clusteratlas.organization;

/** Where an organization stands in the value chain; an organization can have several roles. */
public enum ValueChainRole {
    MANUFACTURER,
    SUPPLIER,
    SERVICE_PROVIDER,
    RESEARCH,
    RETAIL,
    GASTRONOMY,
    CRAFT,
    SOCIAL_ASSOCIATION,
    PUBLIC_SECTOR
}
