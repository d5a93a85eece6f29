package org.clusteratlas.identity;

/** What a person is in a network: its office (manager) or a member. A manager is also a member. */
public enum NetworkRole {
    MANAGER,
    MEMBER
}
