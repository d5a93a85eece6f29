package org.clusteratlas.membership;

/** Where an application stands. Only a pending application can be decided, and only once. */
public enum ApplicationStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
