package org.clusteratlas.billing;

/** The network's billing settings as stored (IBAN normalized without spaces). */
public record BillingSettingsView(
        String network,
        String legalName,
        String street,
        String postalCode,
        String city,
        String country,
        String vatId,
        String taxNumber,
        String iban,
        String bic,
        String creditorId,
        String contactName,
        String contactPhone,
        String contactEmail,
        String language,
        long version) {}
