package org.clusteratlas.organization;

/** Who may see an organization (API contract v1). */
public enum Visibility {
    /** Anyone, including anonymous visitors and search engines. */
    PUBLIC,
    /** Signed-in members of the same network or of a network in a shared federation. */
    MEMBERS,
    /** The staff of the organization's networks (and the organization's own editors). */
    NETWORK_OFFICE
}
