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
 */
public record Viewer(boolean admin, boolean anonymous, Set<String> editable, Set<String> managed, Set<String> member) {

    public static final Viewer PUBLIC = new Viewer(false, true, Set.of(), Set.of(), Set.of());

    public static Viewer of(CurrentUser user, OrganizationAccess access) {
        if (user.isAnonymous()) {
            return PUBLIC;
        }
        return new Viewer(
                user.platformAdmin(),
                false,
                keys(user.editableOrganizations()),
                keys(access.managedNetworks(user)),
                keys(access.memberNetworks(user)));
    }

    /** The most private section level this person may read of an organization with these networks. */
    public Visibility readerLevel(String organizationKey, Collection<String> networks) {
        if (admin || editable.contains(organizationKey) || networks.stream().anyMatch(managed::contains)) {
            return Visibility.NETWORK_OFFICE;
        }
        if (!anonymous && networks.stream().anyMatch(member::contains)) {
            return Visibility.MEMBERS;
        }
        return Visibility.PUBLIC;
    }

    public boolean mayRead(Visibility section, String organizationKey, Collection<String> networks) {
        return ProfileMapper.visible(section, readerLevel(organizationKey, networks));
    }

    private static Set<String> keys(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toUnmodifiableSet());
    }
}
