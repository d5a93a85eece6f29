package org.clusteratlas.organization;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organization as another module refers to it: its name, networks and contact persons. Carries no visibility
 * decision: it is for callers that check their own rights first (the office's CRM checks that the organization is a
 * member of the network whose office asks).
 */
public record OrganizationRef(
        UUID id,
        String slug,
        String name,
        OrganizationKind kind,
        String postalCode,
        String city,
        List<String> competences,
        Set<UUID> networkIds,
        List<ContactRef> contacts) {

    public OrganizationRef {
        competences = List.copyOf(competences);
        networkIds = Set.copyOf(networkIds);
        contacts = List.copyOf(contacts);
    }

    /** A contact person of the organization's profile. */
    public record ContactRef(
            UUID id,
            String name,
            String firstName,
            String lastName,
            String role,
            String email,
            String phone,
            List<String> topics,
            String mobile,
            List<String> languages) {

        public ContactRef {
            topics = topics == null ? List.of() : List.copyOf(topics);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    public java.util.Optional<ContactRef> contact(UUID contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }
}
