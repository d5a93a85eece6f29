/**
 * Membership fees: each network's fee schedules by organization kind and size, the invoices they produce (PDF and
 * German e-invoices), payments, dunning and SEPA direct debit. Other modules learn about fee income from its events.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.billing;
