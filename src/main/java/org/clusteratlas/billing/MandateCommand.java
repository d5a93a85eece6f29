package org.clusteratlas.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SEPA direct debit mandate a member signed.
 *
 * @param reference the mandate reference (Mandatsreferenz), unique in the network: up to 35 of the characters SEPA
 *     allows
 * @param iban checked for its country's length and format and its check digits
 */
public record MandateCommand(
        @NotNull UUID organizationId,

        @NotBlank @Size(max = 35) @Pattern(regexp = "[A-Za-z0-9+?/:().,'\\- ]+")
        String reference,

        @NotNull @PastOrPresent LocalDate signedOn,
        @NotBlank @Size(max = 70) String debtorName,
        @NotBlank @Size(max = 42) String iban,
        @Size(max = 11) String bic) {}
