package org.clusteratlas.donation;

/** How a year's donations are divided among the beneficiaries. */
public enum AllocationMode {
    /** The office decides the percentage of each beneficiary. */
    OFFICE,
    /** Each member of the network has one vote per year; the sum is divided in proportion to the votes. */
    MEMBER_VOTE
}
