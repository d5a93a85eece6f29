package org.clusteratlas.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The whole way from fees to donations, through billing as the office uses it: businesses joining on 1 July get
 * pro-rata invoices, an association none; only what is paid in full counts, and the public donation page's total is
 * the paid invoices times the donated share.
 */
class DonationsFromPaidInvoicesTest extends AtlasPageTest {

    private String network;

    @BeforeEach
    void networkWithFeesAndADonationRule() throws Exception {
        network = unique("spendenfluss");
        assertThat(status(postJson("/api/v1/networks", Map.of("slug", network, "name", Map.of("de", "Spendenfluss")))))
                .isEqualTo(201);
        assertThat(status(put("/api/v1/billing-settings?network=" + network)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(settings()))))
                .isEqualTo(200);
        assertThat(status(postJson("/api/v1/fee-schedules?network=" + network, schedule())))
                .isEqualTo(201);
        assertThat(status(put("/api/v1/donations/" + network + "/policy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharePercent\": 80, \"allocation\": \"OFFICE\"}")))
                .isEqualTo(200);
    }

    @Test
    void theDonationPageTotalsEqualThePaidInvoicesTimesTheDonatedShare() throws Exception {
        JsonNode first = join("COMPANY", 12);
        JsonNode second = join("COMPANY", 80);
        String association = organization("ASSOCIATION", null);
        member(association);
        assertThat(invoices().values())
                .as("the association gets no invoice")
                .noneMatch(invoice -> invoice.get("organizationId").asString().equals(association));
        // 480 and 960 a year, half of each for July to December.
        assertThat(first.get("grossTotal").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(second.get("grossTotal").decimalValue()).isEqualByComparingTo("480.00");

        pay(first, "240.00");
        pay(second, "100.00");
        // Partly paid is not paid: only the first invoice counts so far.
        assertThat(donationsOf2026()).isEqualByComparingTo("192.00");
        assertThat(publicTotal()).isEqualTo("192,00 €");

        pay(second, "380.00");
        BigDecimal paid = invoices().values().stream()
                .filter(invoice -> invoice.get("status").asString().equals("PAID"))
                .map(invoice -> invoice.get("grossTotal").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo("720.00");
        assertThat(donationsOf2026()).isEqualByComparingTo(paid.multiply(new BigDecimal("0.80")));
        assertThat(publicTotal()).isEqualTo("576,00 €");
        Document page =
                Jsoup.parse(html(mvc.perform(get("/n/" + network + "/donations").locale(Locale.GERMAN))
                        .andReturn()));
        assertThat(page.select("#year-2026 .donation-income").text()).isEqualTo("720,00 € aus 2 Rechnungen");
    }

    private BigDecimal donationsOf2026() throws Exception {
        return okJson("/api/v1/donations/" + network, null).get("years").values().stream()
                .filter(year -> year.get("year").asInt() == 2026)
                .map(year -> year.get("donations").decimalValue())
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private String publicTotal() throws Exception {
        Document page =
                Jsoup.parse(html(mvc.perform(get("/n/" + network + "/donations").locale(Locale.GERMAN))
                        .andReturn()));
        return page.select("#year-2026 .donation-total").text();
    }

    private JsonNode join(String kind, Integer employees) throws Exception {
        String id = organization(kind, employees);
        member(id);
        List<JsonNode> found = invoices().values().stream()
                .filter(invoice -> invoice.get("organizationId").asString().equals(id))
                .toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private String organization(String kind, Integer employees) throws Exception {
        String externalId = unique("spender");
        // Created elsewhere and then admitted: the membership record (with its day of joining) makes the invoice.
        Map<String, Object> organization = organization(externalId, "Spendenfluss " + externalId, "it-westpfalz");
        organization.put("kind", kind);
        organization.put("employees", employees);
        organization.put(
                "address",
                Map.of("street", "Große Straße 5", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
        organization.put(
                "contacts",
                List.of(Map.of("firstName", "Kai", "lastName", "Kasse", "email", externalId + "@spender.example")));
        MvcResult created = mvc.perform(
                        postJson("/api/v1/organizations", organization).with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(html(created)).isEqualTo(201);
        return body(created).get("id").asString();
    }

    private void member(String organizationId) throws Exception {
        MvcResult member = mvc.perform(postJson(
                                "/api/v1/memberships?network=" + network,
                                Map.of(
                                        "organizationId",
                                        organizationId,
                                        "status",
                                        "ACTIVE",
                                        "effectiveOn",
                                        "2026-07-01"))
                        .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(member.getResponse().getStatus()).as(html(member)).isIn(200, 201);
    }

    private JsonNode invoices() throws Exception {
        return okJson("/api/v1/invoices?network=" + network, ADMIN_TOKEN);
    }

    private void pay(JsonNode invoice, String amount) throws Exception {
        MvcResult result = mvc.perform(postJson(
                                "/api/v1/invoices/" + invoice.get("id").asString() + "/payments",
                                Map.of(
                                        "amount",
                                        new BigDecimal(amount),
                                        "paidOn",
                                        "2026-08-03",
                                        "reference",
                                        "Beitrag"))
                        .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(200);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(ADMIN_TOKEN)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("legalName", "Spendenfluss e. V.");
        settings.put("street", "Norderstraße 2");
        settings.put("postalCode", "24939");
        settings.put("city", "Flensburg");
        settings.put("country", "DE");
        settings.put("taxNumber", "15/293/54321");
        settings.put("iban", "DE89370400440532013000");
        settings.put("bic", "COBADEFFXXX");
        settings.put("creditorId", "DE98ZZZ09999999999");
        settings.put("contactName", "Geschäftsstelle");
        settings.put("contactPhone", "+49 461 7654321");
        settings.put("contactEmail", "beitraege@spendenfluss.example");
        return settings;
    }

    private static Map<String, Object> schedule() {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("name", "Beitragsordnung 2026");
        schedule.put("validFrom", "2026-01-01");
        schedule.put("validTo", "2026-12-31");
        schedule.put(
                "lines",
                List.of(
                        Map.of("kind", "COMPANY", "employeesFrom", 0, "employeesTo", 49, "yearlyAmount", 480),
                        Map.of("kind", "COMPANY", "employeesFrom", 50, "yearlyAmount", 960),
                        Map.of("kind", "ASSOCIATION", "employeesFrom", 0, "yearlyAmount", 0)));
        return schedule;
    }
}
