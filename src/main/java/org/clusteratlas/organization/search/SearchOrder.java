package org.clusteratlas.organization.search;

/** Order of the hits. Without an explicit choice: nearest first when a place is given, else best match first. */
public enum SearchOrder {
    RELEVANCE,
    DISTANCE,
    NAME
}
