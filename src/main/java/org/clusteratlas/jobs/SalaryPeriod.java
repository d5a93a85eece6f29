package org.clusteratlas.jobs;

/** What a salary amount is paid for. */
public enum SalaryPeriod {
    HOUR,
    MONTH,
    YEAR
}
