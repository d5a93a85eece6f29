package org.clusteratlas.crm;

/** A role a contact person holds in a network, as its office records it. */
public enum NetworkRole {
    NETWORK_MANAGER,
    BOARD_MEMBER,
    CURATOR,
    TECHNOLOGY_AMBASSADOR,
    SPOKESPERSON
}
