package org.clusteratlas.organization.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.network.NetworkMemberCounter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Until memberships are managed by the CRM, a network's members are the organizations assigned to it.
 */
@Component
class MemberCountByOrganizations implements NetworkMemberCounter {

    private final OrganizationRepository organizations;

    MemberCountByOrganizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> countMembersByNetwork() {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : organizations.countByNetwork()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
