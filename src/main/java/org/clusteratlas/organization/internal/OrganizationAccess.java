package org.clusteratlas.organization.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.Visibility;
import org.springframework.stereotype.Component;

/** The rules for who may see and change an organization, in one place. */
@Component
public class OrganizationAccess {

    /** Stands in for an empty id set: an empty IN list is not portable across databases. */
    static final UUID NONE = new UUID(0, 0);

    private final Networks networks;

    OrganizationAccess(Networks networks) {
        this.networks = networks;
    }

    public boolean canSee(CurrentUser user, Organization organization) {
        if (user.platformAdmin() || user.editsOrganization(organization.getId())) {
            return true;
        }
        if (organization.getStatus() == ProfileStatus.DRAFT) {
            // A draft is work in progress: its editors and the office see it, nobody else.
            return canEdit(user, organization);
        }
        return switch (organization.getVisibility()) {
            case PUBLIC -> true;
            case MEMBERS ->
                !user.isAnonymous() && intersects(fellowNetworks(user, organization), organization.getNetworkIds());
            case NETWORK_OFFICE -> intersects(managedNetworks(user), organization.getNetworkIds());
        };
    }

    /**
     * The most private visibility the person is entitled to for this organization: the office level for its editors,
     * its networks' offices and platform admins; the members level for signed-in members of its (federated)
     * networks; else public. Sections marked more private than this are left out for the person.
     */
    public Visibility readerLevel(CurrentUser user, Organization organization) {
        if (canEdit(user, organization) || user.platformAdmin()) {
            return Visibility.NETWORK_OFFICE;
        }
        if (!user.isAnonymous() && intersects(fellowNetworks(user, organization), organization.getNetworkIds())) {
            return Visibility.MEMBERS;
        }
        return Visibility.PUBLIC;
    }

    /** Whether the person runs the office of one of the organization's networks (or is a platform admin). */
    public boolean isOffice(CurrentUser user, Organization organization) {
        return user.platformAdmin() || organization.getNetworkIds().stream().anyMatch(user::managesNetwork);
    }

    /** Editors of the organization, the office of one of its networks, and platform admins. */
    public boolean canEdit(CurrentUser user, Organization organization) {
        return user.editsOrganization(organization.getId())
                || organization.getNetworkIds().stream().anyMatch(user::managesNetwork);
    }

    /** Deleting removes the organization from every network, so it takes the office of all of them. */
    public boolean canDelete(CurrentUser user, Organization organization) {
        return user.platformAdmin()
                || (!organization.getNetworkIds().isEmpty()
                        && organization.getNetworkIds().stream().allMatch(user::managesNetwork));
    }

    /** Networks whose members-only organizations the user sees: their networks and those federated with them. */
    public Set<UUID> memberNetworks(CurrentUser user) {
        return orNone(user.isAnonymous() ? Set.of() : networks.federatedWith(user.networkIds()));
    }

    /** The user's own networks, without the federated ones. */
    public Set<UUID> ownNetworks(CurrentUser user) {
        return orNone(user.isAnonymous() ? Set.of() : user.networkIds());
    }

    /**
     * The networks through which the user counts as a fellow member of this organization: all federated ones when
     * the profile is shared in federations, else only the user's own.
     */
    private Set<UUID> fellowNetworks(CurrentUser user, Organization organization) {
        return organization.isFederationShared() ? memberNetworks(user) : ownNetworks(user);
    }

    public Set<UUID> managedNetworks(CurrentUser user) {
        return orNone(user.networkRoles().entrySet().stream()
                .filter(entry -> entry.getValue() == NetworkRole.MANAGER)
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet()));
    }

    public Set<UUID> editable(CurrentUser user) {
        return orNone(user.editableOrganizations());
    }

    private static boolean intersects(Collection<UUID> a, Collection<UUID> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static Set<UUID> orNone(Set<UUID> ids) {
        if (!ids.isEmpty()) {
            return ids;
        }
        Set<UUID> none = new HashSet<>();
        none.add(NONE);
        return none;
    }
}
