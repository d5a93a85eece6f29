package org.clusteratlas.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FindabilityTest extends AtlasPageTest {

    @Test
    void robotsTxtPointsToTheSitemapAndKeepsCrawlersOutOfPrivateAreas() throws Exception {
        String robots = html(getAs("/robots.txt", null));

        assertThat(robots)
                .contains("Disallow: /admin/", "Disallow: /account/", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void theSitemapListsPublicProfilesInBothLanguagesButNoHiddenOnes() throws Exception {
        String index = html(getAs("/sitemap.xml", null));
        assertThat(index).contains("/sitemap-networks.xml", "/sitemap-organizations-0.xml");

        String profiles = html(getAs("/sitemap-organizations-0.xml", null));
        assertThat(profiles)
                .contains("/o/kettering-softwarehaus-gmbh?lang=de", "/o/kettering-softwarehaus-gmbh?lang=en")
                .contains("hreflang=\"en\"");
        List<String> hidden = jdbc.queryForList(
                "select slug from organization where visibility <> 'PUBLIC' or status <> 'PUBLISHED'", String.class);
        assertThat(hidden).isNotEmpty();
        hidden.forEach(slug -> assertThat(profiles).doesNotContain("/o/" + slug + "?"));

        assertThat(html(getAs("/sitemap-networks.xml", null))).contains("/n/metall-kl?lang=de", "/n/rlp?lang=en");
        assertThat(getAs("/sitemap-organizations-99.xml", null).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void profilePagesCarryCanonicalAlternatesAndSchemaOrgData() throws Exception {
        Document page = page(getAs("/o/kettering-softwarehaus-gmbh?lang=en", null));

        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/o/kettering-softwarehaus-gmbh?lang=en");
        assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo("http://localhost:8080/o/kettering-softwarehaus-gmbh");
        assertThat(page.select("meta[name=description]").attr("content"))
                .startsWith("Kettering Softwarehaus has been developing")
                .hasSizeLessThanOrEqualTo(161);
        assertThat(page.select("link[rel=alternate][hreflang=de]").attr("href"))
                .isEqualTo("http://localhost:8080/o/kettering-softwarehaus-gmbh?lang=de");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");

        JsonNode ld = json.readTree(
                page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("Organization");
        assertThat(ld.get("name").asString()).isEqualTo("Kettering Softwarehaus GmbH");
        assertThat(ld.get("address").get("postalCode").asString()).isNotBlank();
        assertThat(ld.get("geo").get("latitude").asDouble()).isBetween(49.0, 50.0);
        assertThat(ld.get("description").asString()).startsWith("Kettering Softwarehaus has been developing");

        JsonNode trail = json.readTree(
                page.select("script[type=application/ld+json]").get(1).data());
        assertThat(trail.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(trail.get("itemListElement").get(1).get("name").asString()).isEqualTo("Organizations");
        assertThat(trail.get("itemListElement").get(2).get("item").asString())
                .isEqualTo("http://localhost:8080/o/kettering-softwarehaus-gmbh");
    }

    @Test
    void everyProfileInTheSitemapHasValidSchemaOrgDataInBothLanguages() throws Exception {
        String sitemap = html(getAs("/sitemap-organizations-0.xml", null));
        List<String> profiles = java.util.regex.Pattern.compile("<loc>http://localhost:8080(/o/[^<]+)</loc>")
                .matcher(sitemap)
                .results()
                .map(match -> match.group(1).replace("&amp;", "&"))
                .toList();
        assertThat(profiles).hasSizeGreaterThan(100);
        for (String profile : profiles) {
            Document page = page(getAs(profile, null));
            List<JsonNode> blocks = new java.util.ArrayList<>();
            for (var script : page.select("script[type=application/ld+json]")) {
                blocks.add(json.readTree(script.data()));
            }
            assertThat(blocks).as(profile).hasSizeGreaterThanOrEqualTo(2);
            JsonNode organization = blocks.getFirst();
            assertThat(organization.get("@context").asString()).as(profile).isEqualTo("https://schema.org");
            assertThat(organization.get("@type").asString())
                    .as(profile)
                    .isIn(
                            "Organization",
                            "LocalBusiness",
                            "CollegeOrUniversity",
                            "ResearchOrganization",
                            "NGO",
                            "GovernmentOrganization");
            assertThat(organization.get("name").asString())
                    .as(profile)
                    .isEqualTo(page.select("h1").text());
            String path = profile.replaceFirst("\\?.*", "");
            assertThat(organization.get("@id").asString()).as(profile).isEqualTo("http://localhost:8080" + path);
            assertThat(organization.get("mainEntityOfPage").asString())
                    .as(profile)
                    .isEqualTo("http://localhost:8080" + path);
            assertThat(blocks.get(1).get("@type").asString()).as(profile).isEqualTo("BreadcrumbList");
        }
    }

    @Test
    void schemaOrgDataCannotCloseItsScriptElement() throws Exception {
        String externalId = unique("ld");
        importLines(
                ADMIN_TOKEN,
                List.of("{\"externalId\":\"" + externalId + "\",\"networks\":[\"lautern-impuls\"],\"name\":\"Bäckerei "
                        + externalId + " </script><script>alert(1)</script>\",\"kind\":\"COMPANY\","
                        + "\"valueChainRoles\":[\"RETAIL\"]}"));
        String slug =
                jdbc.queryForObject("select slug from organization where external_id = ?", String.class, externalId);

        String html = html(getAs("/o/" + slug, null));

        assertThat(html).doesNotContain("<script>alert(1)</script>");
        Document page = page(getAs("/o/" + slug, null));
        JsonNode ld = json.readTree(
                page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("LocalBusiness");
        assertThat(ld.get("name").asString()).endsWith("</script><script>alert(1)</script>");
    }
}
