/**
 * Donations to kindergartens and schools: each network's donated share of its paid membership fees, its beneficiaries,
 * how the yearly sum is allocated (by the office or by member vote) and paid out, and the public transparency page.
 * Income is booked from billing's {@code InvoicePaid} events, so every figure reconciles with the invoices paid.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.donation;
