package org.clusteratlas.billing;

/** Where an invoice stands: open, partly or fully paid, or cancelled by a cancellation invoice. */
public enum InvoiceStatus {
    OPEN,
    PARTIALLY_PAID,
    PAID,
    CANCELLED
}
