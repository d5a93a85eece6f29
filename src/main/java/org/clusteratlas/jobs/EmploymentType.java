package org.clusteratlas.jobs;

/** The employment type, named as schema.org's JobPosting.employmentType names it. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACTOR,
    TEMPORARY,
    INTERN,
    OTHER
}
