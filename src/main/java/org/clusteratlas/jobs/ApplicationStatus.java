package org.clusteratlas.jobs;

/** Where an in-platform application stands for the company; INVITED, REJECTED and HIRED are told to the candidate by mail. */
public enum ApplicationStatus {
    RECEIVED,
    IN_REVIEW,
    INVITED,
    REJECTED,
    HIRED
}
