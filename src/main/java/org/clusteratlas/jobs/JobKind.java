package org.clusteratlas.jobs;

/** The kind of position a posting offers. */
public enum JobKind {
    JOB,
    APPRENTICESHIP,
    DUAL_STUDY,
    INTERNSHIP,
    WORKING_STUDENT,
    THESIS
}
