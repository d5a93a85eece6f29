package org.clusteratlas.organization;

/** Why two organizations look like one. */
public enum DuplicateReason {
    SAME_NAME,
    SIMILAR_NAME,
    SAME_POSTAL_CODE,
    SAME_WEBSITE,
    SAME_CONTACT_EMAIL
}
