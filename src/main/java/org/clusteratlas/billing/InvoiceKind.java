package org.clusteratlas.billing;

/**
 * An invoice, or the cancellation invoice (Stornorechnung, document type 384 "corrected invoice" is not used: GoBD and
 * § 14 UStG ask for a document of its own with its own number that refers to the original and negates its amounts).
 */
public enum InvoiceKind {
    INVOICE,
    CANCELLATION
}
