package org.clusteratlas.geo;

import java.util.List;
import java.util.Optional;

/** German postal codes and places with coordinates, answered from data shipped with the application. */
public interface Gazetteer {

    /** Whether the postal code exists (five digits, in use). */
    boolean isKnownPostalCode(String postalCode);

    /**
     * The place for an address: among the places of the postal code the one whose name matches the city (ignoring
     * case, umlaut spelling and suffixes like "Stadt"), else the postal code's first place. Empty for an unknown code.
     */
    Optional<Place> locate(String postalCode, String city);

    /** Places with this name (any postal code), best known first; for searches "near Kaiserslautern". */
    List<Place> findByName(String name);

    /** Number of postal codes known. */
    int postalCodeCount();
}
