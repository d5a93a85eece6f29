package org.clusteratlas.organization;

import java.util.Set;
import java.util.UUID;

/**
 * An organization as an invoice names it: its legal name and postal address, what fee schedules price it by (kind and
 * head count), where invoices go by default (the first contact person's e-mail) and its languages. Carries no
 * visibility decision, like {@link OrganizationRef}: for callers that checked their rights.
 *
 * @param country ISO 3166-1 alpha-2
 * @param email the first contact person's e-mail, null when no contact has one
 * @param languages the languages the organization speaks (ISO 639-1), maybe empty
 */
public record BillingParty(
        UUID id,
        String name,
        OrganizationKind kind,
        Integer employees,
        String street,
        String postalCode,
        String city,
        String country,
        String email,
        Set<String> languages) {

    public BillingParty {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
