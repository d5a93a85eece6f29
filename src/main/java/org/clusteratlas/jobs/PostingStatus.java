package org.clusteratlas.jobs;

/** Where a posting is in its life; only PUBLISHED postings before the end of their validThrough day are public. */
public enum PostingStatus {
    DRAFT,
    PENDING_APPROVAL,
    PUBLISHED,
    REJECTED,
    EXPIRED
}
