package org.clusteratlas.organization;

/** What happened to a profile. */
public enum RevisionAction {
    CREATED,
    UPDATED,
    PUBLISHED,
    UNPUBLISHED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    MERGED
}
