package org.clusteratlas.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** SEPA mandates of a fresh network's members and the pain.008 collection of their open fee invoices. */
class SepaDirectDebitTest extends AtlasIntegrationTest {

    static final String CREDITOR_IBAN = "DE89370400440532013000";
    static final String DEBTOR_IBAN = "DE02120300000000202051";
    static final String DEBTOR_IBAN_2 = "DE02500105170137075030";

    String slug;

    @BeforeEach
    void network() throws Exception {
        slug = unique("lastschrift");
        assertThat(status(postJson("/api/v1/networks", Map.of("slug", slug, "name", Map.of("de", "Lastschriftnetz")))))
                .isEqualTo(201);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("legalName", "Lastschriftnetz e. V.");
        settings.put("street", "Große Straße 5");
        settings.put("postalCode", "24937");
        settings.put("city", "Flensburg");
        settings.put("taxNumber", "15/293/54321");
        settings.put("iban", CREDITOR_IBAN);
        settings.put("bic", "COBADEFFXXX");
        settings.put("creditorId", "DE98ZZZ09999999999");
        settings.put("contactName", "Geschäftsstelle");
        settings.put("contactPhone", "+49 461 7654321");
        settings.put("contactEmail", "lastschrift@lastschriftnetz.example");
        assertThat(status(put("/api/v1/billing-settings?network=" + slug)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(settings))))
                .isEqualTo(200);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("name", "Beitragsordnung");
        schedule.put("validFrom", "2026-01-01");
        schedule.put(
                "lines",
                List.of(Map.of("kind", "COMPANY", "employeesFrom", 0, "yearlyAmount", new BigDecimal("300.00"))));
        assertThat(status(postJson("/api/v1/fee-schedules?network=" + slug, schedule)))
                .isEqualTo(201);
    }

    @Test
    void thePain008OfOpenInvoicesWithMandatesValidatesAgainstTheXsdWithTheRightSumAndCount() throws Exception {
        String first = member("2026-07-01"); // 6/12 of 300 = 150.00
        String second = member("2026-10-01"); // 3/12 of 300 = 75.00
        member("2026-07-01"); // no mandate: not collected
        mandate(first, "MANDAT-1", DEBTOR_IBAN);
        mandate(second, "MANDAT-2", DEBTOR_IBAN_2);

        LocalDate collectionDate = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5);
        MvcResult export = exportRequest(collectionDate);
        assertThat(export.getResponse().getStatus())
                .as(export.getResponse().getContentAsString())
                .isEqualTo(200);
        byte[] xml = export.getResponse().getContentAsByteArray();

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource(getClass().getResourceAsStream("/pain.008.001.02.xsd")))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));

        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(text(document, "NbOfTxs")).isEqualTo("2");
        assertThat(new BigDecimal(text(document, "CtrlSum"))).isEqualByComparingTo("225.00");
        assertThat(text(document, "SeqTp")).isEqualTo("FRST");
        assertThat(text(document, "ReqdColltnDt")).isEqualTo(collectionDate.toString());
        String content = new String(xml, StandardCharsets.UTF_8);
        assertThat(content).contains("MANDAT-1", "MANDAT-2", DEBTOR_IBAN, "DE98ZZZ09999999999");

        // Collected invoices are marked: a second export finds nothing.
        MvcResult again = exportRequest(collectionDate);
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        JsonNode invoices = okJson("/api/v1/invoices?network=" + slug, ADMIN_TOKEN);
        assertThat(invoices.values().stream().filter(i -> i.get("inCollection").asBoolean()))
                .hasSize(2);
        JsonNode mandates = okJson("/api/v1/mandates?network=" + slug, ADMIN_TOKEN);
        assertThat(mandates.values().stream().map(m -> m.get("sequenceType").asString()))
                .containsOnly("RCUR");
    }

    @Test
    void anInvalidIbanIsRefusedWithALocalizedFieldMessage() throws Exception {
        String organization = member("2026-07-01");
        Map<String, Object> mandate = mandateBody(organization, "MANDAT-X", "DE02120300000000202052");
        MvcResult refused = mvc.perform(postJson("/api/v1/mandates?network=" + slug, mandate)
                        .header("Accept-Language", "de")
                        .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = body(refused).get("errors");
        assertThat(errorFields(errors)).containsExactly("iban");
        assertThat(errors.get(0).get("message").asString()).startsWith("IBAN ungültig");
        MvcResult english = mvc.perform(postJson("/api/v1/mandates?network=" + slug, mandate)
                        .header("Accept-Language", "en")
                        .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(body(english).get("errors").get(0).get("message").asString()).startsWith("Invalid IBAN");
    }

    @Test
    void anotherNetworksOfficeDoesNotFindAMandate() throws Exception {
        String id = mandate(member("2026-07-01"), "MANDAT-Y", DEBTOR_IBAN);
        String officeB = tokenFor(office("lautern-impuls"));
        assertThat(getAs("/api/v1/mandates/" + id, officeB).getResponse().getStatus())
                .isEqualTo(404);
    }

    // ---- fixtures

    private MvcResult exportRequest(LocalDate collectionDate) throws Exception {
        return mvc.perform(post("/api/v1/mandates/export?network=" + slug + "&collectionDate=" + collectionDate)
                        .with(as(ADMIN_TOKEN)))
                .andReturn();
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagNameNS("*", element).item(0).getTextContent();
    }

    /** A business that joined on the day (and got its pro-rata invoice); its id. */
    private String member(String since) throws Exception {
        String externalId = unique("lastschriftzahler");
        Map<String, Object> organization = organization(externalId, "Zahler " + externalId, "it-westpfalz");
        organization.put(
                "address", Map.of("street", "Am Hafen 1", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = body(created).get("id").asString();
        assertThat(status(postJson(
                        "/api/v1/memberships?network=" + slug,
                        Map.of("organizationId", id, "status", "ACTIVE", "effectiveOn", since))))
                .isEqualTo(201);
        return id;
    }

    private String mandate(String organizationId, String reference, String iban) throws Exception {
        MvcResult created = mvc.perform(
                        postJson("/api/v1/mandates?network=" + slug, mandateBody(organizationId, reference, iban))
                                .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString())
                .isEqualTo(201);
        return body(created).get("id").asString();
    }

    private static Map<String, Object> mandateBody(String organizationId, String reference, String iban) {
        return Map.of(
                "organizationId",
                organizationId,
                "reference",
                reference,
                "signedOn",
                "2026-06-15",
                "debtorName",
                "Zahler GmbH",
                "iban",
                iban);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(ADMIN_TOKEN)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
