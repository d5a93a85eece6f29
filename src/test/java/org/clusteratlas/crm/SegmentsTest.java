package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.AtlasPageTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Segments of the office: tags through the API, the member list's filters (status, tag, region, last contact), the
 * mass action "tag the whole segment", saved filters, export of the segment as CSV and Excel, and mail to a segment
 * whose recipients can unsubscribe. Other offices never see a tag or a segment.
 */
class SegmentsTest extends AtlasPageTest {

    static final String OFFICE_A = office("it-westpfalz");
    static final String BASE = "/n/it-westpfalz/crm";

    private String tokenA;
    private String region;
    private UUID first;
    private UUID second;
    private String firstEmail;

    @BeforeEach
    void members() throws Exception {
        tokenA = tokenFor(OFFICE_A);
        // A postal code region of their own, so the segment holds exactly these two.
        region = "2" + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 9000));
        firstEmail = unique("kontakt") + "@segment.example";
        first = member(unique("Erster Betrieb"), region, firstEmail);
        second = member(unique("Zweiter Betrieb"), region, null);
    }

    private UUID member(String name, String postalCode, String email) throws Exception {
        String externalId = unique("seg");
        Map<String, Object> organization = organization(externalId, name, "it-westpfalz");
        organization.put(
                "address", Map.of("street", "Weg 1", "postalCode", postalCode, "city", "Flensburg", "country", "DE"));
        if (email != null) {
            organization.put("contacts", List.of(Map.of("firstName", "Kim", "lastName", "Kontakt", "email", email)));
        }
        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(as(tokenA)))
                .andReturn();
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return organizationId(externalId);
    }

    private List<String> segmentNames(String query) throws Exception {
        List<String> names = new ArrayList<>();
        okJson("/api/v1/segments?network=it-westpfalz&" + query, tokenA)
                .values()
                .forEach(m -> names.add(m.get("id").asString()));
        return names;
    }

    @Test
    void tagsAreTheNetworksOwnAndFilterTheSegment() throws Exception {
        String name = unique("Messe");
        MvcResult created = mvc.perform(postJson("/api/v1/tags?network=it-westpfalz", Map.of("name", name))
                        .with(as(tokenA)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String tag = body(created).get("id").asString();
        assertThat(mvc.perform(postJson(
                                        "/api/v1/tags?network=it-westpfalz",
                                        Map.of("name", name.toUpperCase(java.util.Locale.ROOT)))
                                .with(as(tokenA)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("names are unique ignoring case")
                .isEqualTo(409);

        MvcResult assigned = mvc.perform(
                        postJson("/api/v1/tags/" + tag + "/organizations", Map.of("organizationIds", List.of(first)))
                                .with(as(tokenA)))
                .andReturn();
        assertThat(body(assigned).get("members").asInt()).isEqualTo(1);
        UUID foreign = organizationId("demo-kl-001");
        MvcResult notMember = mvc.perform(
                        postJson("/api/v1/tags/" + tag + "/organizations", Map.of("organizationIds", List.of(foreign)))
                                .with(as(tokenA)))
                .andReturn();
        assertThat(notMember.getResponse().getStatus()).isEqualTo(400);

        assertThat(segmentNames("region=" + region)).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(segmentNames("region=" + region + "&tag=" + tag)).containsExactly(first.toString());
        assertThat(segmentNames("region=" + region + "&status=SUSPENDED")).isEmpty();

        // Another office: the tag does not exist, the lists are refused.
        String tokenB = tokenFor(office("lautern-impuls"));
        assertThat(getAs("/api/v1/tags/" + tag, tokenB).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/tags?network=it-westpfalz", tokenB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/segments?network=it-westpfalz", tokenB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                        "/api/v1/tags/" + tag)
                                .with(as(tokenB)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void membersNotContactedSinceADayAreTheOnesToCall() throws Exception {
        UUID officeA = accountId(OFFICE_A);
        UUID network = jdbc.queryForObject("select id from network where slug = 'it-westpfalz'", UUID.class);
        jdbc.update(
                "insert into crm_interaction (id, network_id, organization_id, kind, occurred_at, subject, author_id,"
                        + " created_at, updated_at) values (?, ?, ?, 'CALL', ?, 'Anruf', ?, ?, ?)",
                UUID.randomUUID(),
                network,
                first,
                java.sql.Timestamp.from(Instant.now()),
                officeA,
                java.sql.Timestamp.from(Instant.now()),
                java.sql.Timestamp.from(Instant.now()));
        String since = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(30).toString();

        assertThat(segmentNames("region=" + region + "&notContactedSince=" + since))
                .containsExactly(second.toString());
        Document page =
                page(mvc.perform(get(BASE + "/organizations?region=" + region).with(signedIn(OFFICE_A)))
                        .andReturn());
        assertThat(page.select("#segment-count").text()).isEqualTo("2 Mitglieder");
        assertThat(page.select("#members tbody tr").text())
                .contains(LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
    }

    @Test
    void theWholeSegmentIsTaggedSavedAndExported() throws Exception {
        String query = "region=" + region;
        String tagName = unique("Ausbildung");
        MvcResult tagged = mvc.perform(post(BASE + "/organizations/actions")
                        .param("action", "tag")
                        .param("scope", "segment")
                        .param("query", query)
                        .param("tagName", tagName)
                        .with(csrf())
                        .with(signedIn(OFFICE_A)))
                .andReturn();
        assertThat(tagged.getResponse().getRedirectedUrl()).isEqualTo(BASE + "/organizations?" + query);
        JsonNode tags = okJson("/api/v1/tags?network=it-westpfalz", tokenA);
        JsonNode tag = tags.values().stream()
                .filter(t -> t.get("name").asString().equals(tagName))
                .findFirst()
                .orElseThrow();
        assertThat(tag.get("members").asInt()).isEqualTo(2);

        mvc.perform(post(BASE + "/filters")
                        .param("name", "Region " + region)
                        .param("query", query)
                        .with(csrf())
                        .with(signedIn(OFFICE_A)))
                .andReturn();
        Document page = page(mvc.perform(get(BASE + "/organizations").with(signedIn(OFFICE_A)))
                .andReturn());
        assertThat(page.select("#saved-filters a").eachAttr("href")).contains(BASE + "/organizations?" + query);

        MvcResult csv = mvc.perform(
                        get(BASE + "/organizations/export.csv?" + query).with(signedIn(OFFICE_A)))
                .andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(3);
        assertThat(text).contains(tagName, "Aktiv", "Vollmitglied");

        MvcResult xlsx = mvc.perform(
                        get(BASE + "/organizations/export.xlsx?" + query).with(signedIn(OFFICE_A)))
                .andReturn();
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        String sheets = xlsxText(xlsx.getResponse().getContentAsByteArray());
        assertThat(sheets).contains("Erster Betrieb", "Zweiter Betrieb", tagName, "Mitgliedsart");
    }

    @Test
    void aMailToTheSegmentReachesItsContactsAndAnUnsubscribedAddressNoMore() throws Exception {
        String query = "region=" + region;
        MvcResult sent = mvc.perform(post(BASE + "/mail")
                        .param("query", query)
                        .param("subject", "Einladung zum Stammtisch")
                        .param("body", "Liebe Mitglieder, wir laden ein.")
                        .with(csrf())
                        .with(signedIn(OFFICE_A)))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        List<String> mails = mailsTo(firstEmail);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/unsubscribe/([0-9a-f]{48})").matcher(mails.getFirst());
        assertThat(link.find()).isTrue();
        String unsubscribe = "/unsubscribe/" + link.group(1);

        // Opening the link only asks (a mail scanner following it unsubscribes nobody).
        MvcResult asked = mvc.perform(get(unsubscribe)).andReturn();
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(asked).select("#unsubscribe-form")).hasSize(1);
        MvcResult done = mvc.perform(post(unsubscribe).with(csrf())).andReturn();
        assertThat(page(done).select("#unsubscribed").text()).startsWith("Erledigt");
        assertThat(jdbc.queryForObject(
                        "select granted from privacy_consent where email = ? and purpose = 'NEWSLETTER'",
                        Boolean.class,
                        firstEmail.toLowerCase(java.util.Locale.ROOT)))
                .as("the withdrawal is on record")
                .isFalse();

        MvcResult nobody = mvc.perform(post(BASE + "/mail")
                        .param("query", query)
                        .param("subject", "Zweite Einladung")
                        .param("body", "Noch einmal.")
                        .with(csrf())
                        .with(signedIn(OFFICE_A)))
                .andReturn();
        assertThat(nobody.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(nobody).select("#mail-errors").text()).contains("niemand");
        assertThat(mailsTo(firstEmail)).hasSize(1);
        assertThat(mvc.perform(get("/unsubscribe/" + "0".repeat(48)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static String xlsxText(byte[] workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getFirstSheet().read()) {
                row.forEach(cell ->
                        text.append(cell == null ? "" : cell.getRawValue()).append('\t'));
                text.append('\n');
            }
        }
        return text.toString();
    }
}
