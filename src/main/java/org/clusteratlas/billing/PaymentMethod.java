package org.clusteratlas.billing;

/** How money arrived. */
public enum PaymentMethod {
    TRANSFER,
    DIRECT_DEBIT,
    CASH,
    OTHER
}
