package org.clusteratlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeocodingApiTest extends AtlasIntegrationTest {

    static final GeoPoint KAISERSLAUTERN_CENTER = new GeoPoint(49.4447, 7.7690);

    @Test
    void anOrganizationAt67655IsLocatedWithin10KmOfKaiserslautern() throws Exception {
        String externalId = unique("geo");
        importLines(ADMIN_TOKEN, List.of(line(externalId, "67655", "Kaiserslautern")));

        JsonNode location = body(getAs("/api/v1/organizations/" + organizationId(externalId), null))
                .get("address")
                .get("location");

        GeoPoint point =
                new GeoPoint(location.get("lat").asDouble(), location.get("lon").asDouble());
        assertThat(point.distanceKm(KAISERSLAUTERN_CENTER)).isLessThan(10);
    }

    @Test
    void anUnknownPostalCodeIsKeptReportedAndFlagged() throws Exception {
        String externalId = unique("geo");
        JsonNode result = importLines(ADMIN_TOKEN, List.of(line(externalId, "00000", "Nirgendwo")));

        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("warnings").get(0).get("externalId").asString()).isEqualTo(externalId);
        assertThat(result.get("warnings")
                        .get(0)
                        .get("messages")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("address.postalCode");
        JsonNode organization = body(getAs("/api/v1/organizations/" + organizationId(externalId), null));
        assertThat(organization.get("address").get("postalCode").asString()).isEqualTo("00000");
        assertThat(organization.get("address").get("location").isNull()).isTrue();
        assertThat(organization.get("geocoding").asString()).isEqualTo("UNKNOWN_POSTAL_CODE");
    }

    @Test
    void demoOrganizationsAreAllLocated() {
        Integer unlocated = jdbc.queryForObject(
                "select count(*) from organization where external_id like 'demo-%' and geocode_status <> 'LOCATED'",
                Integer.class);
        assertThat(unlocated).isZero();
    }

    @Test
    void theAboutPageAttributesTheOpenDataInBothLanguages() throws Exception {
        String german =
                getAs("/about?lang=de", null).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String english =
                getAs("/about?lang=en", null).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(german).contains("OpenStreetMap", "ODbL", "GeoNames", "CC BY 4.0");
        assertThat(english).contains("OpenStreetMap contributors", "GeoNames", "Creative Commons Attribution 4.0");
    }

    private static String line(String externalId, String postalCode, String city) {
        return "{\"externalId\":\"" + externalId + "\",\"networks\":[\"metall-kl\"],\"name\":\"Geo " + externalId
                + "\",\"kind\":\"COMPANY\",\"address\":{\"street\":\"Teststraße 1\",\"postalCode\":\"" + postalCode
                + "\",\"city\":\"" + city + "\"}}";
    }
}
