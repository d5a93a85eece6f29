package org.clusteratlas.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.NetworkRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccountService implements Accounts {

    private final UserAccounts users;
    private final NetworkRoleAssignments networkRoles;
    private final OrganizationEditorAssignments editors;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAudit audit;

    AccountService(
            UserAccounts users,
            NetworkRoleAssignments networkRoles,
            OrganizationEditorAssignments editors,
            PasswordEncoder passwordEncoder,
            SecurityAudit audit) {
        this.users = users;
        this.networkRoles = networkRoles;
        this.editors = editors;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    public UUID ensureVerifiedAccount(String email, String displayName, String rawPassword, boolean platformAdmin) {
        return users.findByEmail(UserAccount.normalizeEmail(email))
                .map(UserAccount::getId)
                .orElseGet(() -> {
                    UserAccount account =
                            new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), Locale.GERMAN);
                    account.markEmailVerified();
                    account.setPlatformAdmin(platformAdmin);
                    return users.save(account).getId();
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email)).map(AccountService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(UUID accountId) {
        return accountId == null ? Optional.empty() : users.findById(accountId).map(AccountService::summary);
    }

    @Override
    public void assignNetworkRole(UUID accountId, UUID networkId, NetworkRole role) {
        requireAccount(accountId);
        networkRoles
                .findByUserIdAndNetworkId(accountId, networkId)
                .ifPresentOrElse(
                        existing -> existing.setRole(role),
                        () -> networkRoles.save(new NetworkRoleAssignment(accountId, networkId, role)));
        audit.record(SecurityEvent.Kind.NETWORK_ROLE_ASSIGNED, accountId, null, role + " " + networkId);
    }

    @Override
    public void removeFromNetwork(UUID accountId, UUID networkId) {
        networkRoles.findByUserIdAndNetworkId(accountId, networkId).ifPresent(assignment -> {
            networkRoles.delete(assignment);
            audit.record(SecurityEvent.Kind.NETWORK_ROLE_REMOVED, accountId, null, String.valueOf(networkId));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkRoleHolder> networkRoleHolders(UUID networkId) {
        return networkRoles.findByNetworkId(networkId).stream()
                .flatMap(assignment -> users.findById(assignment.getUserId()).stream()
                        .map(user -> new NetworkRoleHolder(summary(user), assignment.getRole())))
                .sorted(Comparator.comparing(NetworkRoleHolder::role)
                        .thenComparing(holder -> holder.account().displayName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public void assignOrganizationEditor(UUID accountId, UUID organizationId) {
        requireAccount(accountId);
        if (editors.findByUserIdAndOrganizationId(accountId, organizationId).isEmpty()) {
            editors.save(new OrganizationEditorAssignment(accountId, organizationId));
        }
    }

    @Override
    public void removeOrganizationEditor(UUID accountId, UUID organizationId) {
        editors.findByUserIdAndOrganizationId(accountId, organizationId).ifPresent(editors::delete);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> organizationEditors(UUID organizationId) {
        return editors.findByOrganizationId(organizationId).stream()
                .flatMap(assignment -> users.findById(assignment.getUserId()).stream())
                .map(AccountService::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private void requireAccount(UUID accountId) {
        if (!users.existsById(accountId)) {
            throw new IllegalArgumentException("No account " + accountId);
        }
    }

    static AccountSummary summary(UserAccount user) {
        return new AccountSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.getPreferredLocale());
    }
}
