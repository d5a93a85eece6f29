package org.clusteratlas.crm;

/** A task is open until it is done or no longer needed. */
public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
