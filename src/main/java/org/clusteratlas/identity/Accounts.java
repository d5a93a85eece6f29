package org.clusteratlas.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts and role assignments, for the modules that manage staff and editors (network office, demo data). */
public interface Accounts {

    /**
     * Creates a verified account, or returns the existing one with that email unchanged.
     *
     * @return the account's id, never null
     */
    UUID ensureVerifiedAccount(String email, String displayName, String rawPassword, boolean platformAdmin);

    Optional<AccountSummary> findByEmail(String email);

    /** The account, if it exists; empty for null. */
    Optional<AccountSummary> findById(java.util.UUID accountId);

    /** Grants the role, replacing any other role the person had in that network. */
    void assignNetworkRole(UUID accountId, UUID networkId, NetworkRole role);

    void removeFromNetwork(UUID accountId, UUID networkId);

    /** The people with a role in the network, managers first, then by name. */
    List<NetworkRoleHolder> networkRoleHolders(UUID networkId);

    void assignOrganizationEditor(UUID accountId, UUID organizationId);

    void removeOrganizationEditor(UUID accountId, UUID organizationId);

    List<AccountSummary> organizationEditors(UUID organizationId);

    /** @param language the language the person reads mail in */
    record AccountSummary(UUID id, String email, String displayName, java.util.Locale language) {}

    record NetworkRoleHolder(AccountSummary account, NetworkRole role) {}
}
