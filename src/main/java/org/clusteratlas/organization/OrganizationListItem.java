package org.clusteratlas.organization;

import java.util.List;
import java.util.UUID;

/**
 * One row of an organization list.
 *
 * @param completeness the profile's completeness score, 0 to 100
 */
public record OrganizationListItem(
        UUID id,
        String slug,
        String name,
        OrganizationKind kind,
        String city,
        List<String> networks,
        Visibility visibility,
        ProfileStatus status,
        int completeness) {}
