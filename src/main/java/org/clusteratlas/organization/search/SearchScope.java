package org.clusteratlas.organization.search;

/** What a search looks in: what organizations are and offer, or what they need. */
public enum SearchScope {
    /** Names, competences, offers and descriptions: "who can do this". */
    ORGANIZATIONS,
    /** Offers only. */
    OFFERS,
    /** Open needs only: "who needs this" (leads for suppliers). */
    NEEDS
}
