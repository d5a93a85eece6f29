package org.clusteratlas.billing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A SEPA mandate.
 *
 * @param sequenceType FRST before its first collection, RCUR after
 */
public record MandateView(
        UUID id,
        String network,
        UUID organizationId,
        String reference,
        LocalDate signedOn,
        String debtorName,
        String iban,
        String bic,
        String sequenceType,
        LocalDate revokedOn,
        long version) {}
