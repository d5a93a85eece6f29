package org.clusteratlas.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary as the office enters it.
 *
 * @param active inactive beneficiaries keep their history but receive no new allocations or votes; null means active
 */
public record BeneficiaryCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull BeneficiaryKind kind,
        @Size(max = 200) String street,

        @Pattern(regexp = "|\\d{5}", message = "{donation.beneficiary.postal-code}")
        String postalCode,

        @Size(max = 100) String city,
        @Size(max = 2000) String purposeDe,
        @Size(max = 2000) String purposeEn,
        Boolean active) {}
