package org.clusteratlas.geo;

/**
 * A position in WGS 84 degrees.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
            throw new IllegalArgumentException("Not a WGS 84 position: " + lat + "," + lon);
        }
    }

    /** Great-circle distance (haversine), precise to well under 0.5 % at the distances that matter here. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat))
                        * Math.cos(Math.toRadians(other.lat))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
