package org.clusteratlas.organization;

/** Whether an organization's address could be placed on the map. */
public enum GeocodeStatus {
    /** The address has coordinates from the gazetteer. */
    LOCATED,
    /** There is no postal code to locate, or the address is not in Germany. */
    NO_ADDRESS,
    /** The postal code is not in the gazetteer: kept as typed, reported to the editor and flagged for the office. */
    UNKNOWN_POSTAL_CODE
}
