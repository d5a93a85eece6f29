package org.clusteratlas.crm;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contact person as the office of a network sees them: one person, even when they are the contact of several
 * member organizations (recognized by their e-mail address), with their roles in the network.
 *
 * @param id the person's first contact entry; each organization link has its own
 */
public record ContactView(
        UUID id,
        String network,
        String firstName,
        String lastName,
        String name,
        String email,
        String phone,
        String mobile,
        List<String> languages,
        List<String> topics,
        List<Link> organizations,
        Set<NetworkRole> networkRoles) {

    public ContactView {
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        organizations = List.copyOf(organizations);
        networkRoles = Set.copyOf(networkRoles);
    }

    /** The person as contact of one organization, in the role the profile names. */
    public record Link(UUID contactId, UUID organizationId, String organizationName, String role) {}
}
