package org.clusteratlas.billing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The network as the seller on its invoices. A VAT ID or a tax number is required (§ 14 UStG); the IBAN is checked
 * like a mandate's.
 *
 * @param creditorId SEPA creditor identifier (Gläubiger-ID), needed for direct debits only
 * @param language of invoices and reminders: "de" (default) or "en"
 */
public record BillingSettingsCommand(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 10) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}") String country,

        @Size(max = 20) @Pattern(regexp = "[A-Z]{2}[A-Za-z0-9]{2,18}")
        String vatId,

        @Size(max = 30) String taxNumber,
        @NotBlank @Size(max = 42) String iban,
        @Size(max = 11) String bic,
        @Size(max = 35) String creditorId,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Size(max = 40) String contactPhone,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Pattern(regexp = "de|en") String language) {}
