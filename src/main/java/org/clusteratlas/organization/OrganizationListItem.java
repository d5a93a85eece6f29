package org.clusteratlas.organization;

import java.util.List;
import java.util.UUID;

/** One row of an organization list. */
public record OrganizationListItem(
        UUID id,
        String slug,
        String name,
        OrganizationKind kind,
        String city,
        List<String> networks,
        Visibility visibility) {}
