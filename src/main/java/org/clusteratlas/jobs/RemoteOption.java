package org.clusteratlas.jobs;

/** Whether the work can be done away from the posting's locations. */
public enum RemoteOption {
    NONE,
    HYBRID,
    FULL
}
