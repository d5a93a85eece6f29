package org.clusteratlas.billing;

import java.util.List;

/**
 * What an invoice run did.
 *
 * @param created numbers of the invoices it issued
 * @param alreadyInvoiced members that had an invoice for the period already (none was issued twice)
 * @param free members that pay nothing (exempt, or a zero amount)
 */
public record InvoiceRunResult(List<String> created, int alreadyInvoiced, int free) {

    public InvoiceRunResult {
        created = List.copyOf(created);
    }
}
