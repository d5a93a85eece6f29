package org.clusteratlas.news;

/** Where a post is in its life: the office's draft, or published for everyone. */
public enum PostStatus {
    DRAFT,
    PUBLISHED
}
