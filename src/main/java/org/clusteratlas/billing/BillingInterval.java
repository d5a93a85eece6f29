package org.clusteratlas.billing;

/** How often a fee schedule bills its members: once a year, or every month a twelfth of the yearly amount. */
public enum BillingInterval {
    YEARLY,
    MONTHLY
}
