package org.clusteratlas.organization.search;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.organization.internal.ProfileMapper;

/**
 * Who is searching, reduced to what the index filters need. Mirrors {@link OrganizationAccess#canSee} and
 * {@link OrganizationAccess#readerLevel} so that search never shows more than the profile page would.
 *
 * @param editable organizations the person edits (ids as indexed)
 * @param managed networks whose office the person is
 * @param member networks whose members-only content the person sees (own networks and federated ones)
 * @param own the person's own networks: members-only content of profiles kept out of federations is seen from these
 *     only
 */
@org.springframework.modulith.NamedInterface("search")
public record Viewer(
        boolean admin,
        boolean anonymous,
        Set<String> editable,
        Set<String> managed,
        Set<String> member,
        Set<String> own) {

    public static final Viewer PUBLIC = new Viewer(false, true, Set.of(), Set.of(), Set.of(), Set.of());

    public static Viewer of(CurrentUser user, OrganizationAccess access) {
        if (user.isAnonymous()) {
            return PUBLIC;
        }
        return new Viewer(
                user.platformAdmin(),
                false,
                keys(user.editableOrganizations()),
                keys(access.managedNetworks(user)),
                keys(access.memberNetworks(user)),
                keys(access.ownNetworks(user)));
    }

    /**
     * The most private section level this person may read of an organization with these networks.
     *
     * @param federationShared whether the profile is shared in federations; if not, only members of its own networks
     *     read its members-only sections
     */
    public Visibility readerLevel(String organizationKey, Collection<String> networks, boolean federationShared) {
        if (admin || editable.contains(organizationKey) || networks.stream().anyMatch(managed::contains)) {
            return Visibility.NETWORK_OFFICE;
        }
        Set<String> fellow = federationShared ? member : own;
        if (!anonymous && networks.stream().anyMatch(fellow::contains)) {
            return Visibility.MEMBERS;
        }
        return Visibility.PUBLIC;
    }

    public boolean mayRead(
            Visibility section, String organizationKey, Collection<String> networks, boolean federationShared) {
        return ProfileMapper.visible(section, readerLevel(organizationKey, networks, federationShared));
    }

    private static Set<String> keys(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toUnmodifiableSet());
    }
}
