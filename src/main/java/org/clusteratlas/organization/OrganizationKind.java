package org.clusteratlas.organization;

/** What an organization is (API contract v1). */
public enum OrganizationKind {
    COMPANY,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    ASSOCIATION,
    SOCIAL_INSTITUTION,
    PUBLIC_BODY,
    OTHER
}
