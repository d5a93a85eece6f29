package org.clusteratlas.organization.search;

/** Where partners may come from in matchmaking. */
public enum MatchScope {
    /** Anywhere; nearer partners still rank higher. */
    ALL,
    /** The organization's own federal state. */
    STATE,
    /** Within the given radius of the organization. */
    REGION
}
