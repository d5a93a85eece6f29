package org.clusteratlas.organization;

/** Whether a partner is still sought for a need. */
public enum NeedStatus {
    OPEN,
    FULFILLED
}
