package org.clusteratlas.organization;

/** Whether a profile is shown to others. A draft is seen only by its editors and the network office. */
public enum ProfileStatus {
    DRAFT,
    PUBLISHED
}
