package org.clusteratlas.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.geo.Place;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer, read as the application reads it. */
class CsvGazetteerTest {

    static final Gazetteer GAZETTEER = new CsvGazetteer();

    @Test
    void knowsAllOfGermanysPostalCodes() {
        assertThat(GAZETTEER.postalCodeCount()).isGreaterThan(8000);
    }

    @Test
    void placesPostalCodesWhereTheyAre() {
        assertThat(GAZETTEER
                        .locate("67655", "Kaiserslautern")
                        .orElseThrow()
                        .location()
                        .distanceKm(new GeoPoint(49.4447, 7.7690)))
                .isLessThan(10);
        assertThat(GAZETTEER.locate("68159", null).orElseThrow().location().distanceKm(new GeoPoint(49.4875, 8.4660)))
                .isLessThan(10);
        assertThat(GAZETTEER.locate("10115", null).orElseThrow().name()).isEqualTo("Berlin");
        assertThat(GAZETTEER.locate("80331", null).orElseThrow().name()).isEqualTo("München");
    }

    @Test
    void choosesThePlaceNamedInTheAddressAmongThoseOfAPostalCode() {
        assertThat(GAZETTEER.locate("66849", "Landstuhl").orElseThrow().name()).isEqualTo("Landstuhl");
    }

    @Test
    void unknownPostalCodesAreUnknown() {
        assertThat(GAZETTEER.isKnownPostalCode("00000")).isFalse();
        assertThat(GAZETTEER.locate("00000", "Nirgendwo")).isEmpty();
        assertThat(GAZETTEER.locate(null, null)).isEmpty();
    }

    @Test
    void findsPlacesByNameIgnoringUmlautSpelling() {
        assertThat(GAZETTEER.findByName("Muenchen")).isNotEmpty();
        assertThat(GAZETTEER.findByName("kaiserslautern"))
                .extracting(Place::postalCode)
                .contains("67655");
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        GeoPoint kaiserslautern = new GeoPoint(49.4447, 7.7690);
        GeoPoint mannheim = new GeoPoint(49.4875, 8.4660);
        assertThat(kaiserslautern.distanceKm(mannheim)).isBetween(49.0, 52.0);
    }
}
