package org.clusteratlas.identity.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.NetworkRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Loads the current person's rights from the database, at most once per request: a role granted or revoked by the
 * office applies to the very next request, on whichever node serves it.
 */
@Service
class CurrentUsersFromDatabase implements CurrentUsers {

    private static final String CACHE_ATTRIBUTE = CurrentUsersFromDatabase.class.getName() + ".current";

    private final UserAccounts users;
    private final NetworkRoleAssignments networkRoles;
    private final OrganizationEditorAssignments editors;

    CurrentUsersFromDatabase(
            UserAccounts users, NetworkRoleAssignments networkRoles, OrganizationEditorAssignments editors) {
        this.users = users;
        this.networkRoles = networkRoles;
        this.editors = editors;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtlasPrincipal principal)) {
            return CurrentUser.ANONYMOUS;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(CACHE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
                && principal.id().equals(cached.id())) {
            return cached;
        }
        CurrentUser current = load(principal.id());
        if (request != null) {
            request.setAttribute(CACHE_ATTRIBUTE, current, RequestAttributes.SCOPE_REQUEST);
        }
        return current;
    }

    CurrentUser load(UUID accountId) {
        return users.findById(accountId)
                .filter(UserAccount::isEnabled)
                .map(account -> {
                    Map<UUID, NetworkRole> roles = new HashMap<>();
                    networkRoles.findByUserId(accountId).forEach(a -> roles.put(a.getNetworkId(), a.getRole()));
                    Set<UUID> organizations = editors.findByUserId(accountId).stream()
                            .map(OrganizationEditorAssignment::getOrganizationId)
                            .collect(Collectors.toSet());
                    return new CurrentUser(
                            account.getId(),
                            account.getEmail(),
                            account.getDisplayName(),
                            account.isPlatformAdmin(),
                            roles,
                            organizations);
                })
                .orElse(CurrentUser.ANONYMOUS);
    }
}
