package org.clusteratlas.geo;

/**
 * A place of the gazetteer: one postal code and one place name it covers.
 *
 * @param state the German federal state, or null when unknown
 */
public record Place(String postalCode, String name, String state, GeoPoint location) {}
