package org.clusteratlas.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/** The office's billing pages of a fresh network, used as a person would: forms posted, redirects followed. */
class BillingPagesTest extends AtlasPageTest {

    String slug;
    String base;

    @BeforeEach
    void network() throws Exception {
        slug = unique("beitragsseiten");
        base = "/n/" + slug + "/billing";
        MvcResult created = mvc.perform(
                        postJson("/api/v1/networks", Map.of("slug", slug, "name", Map.of("de", "Seiten")))
                                .with(as(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void settingsScheduleInvoiceAndPaymentThroughThePages() throws Exception {
        // Billing settings: an invalid IBAN is explained next to the field, in German.
        Document settings =
                page(mvc.perform(get(base + "/settings").with(signedIn(ADMIN)).header("Accept-Language", "de"))
                        .andReturn());
        MultiValueMap<String, String> values = formValues(settings.selectFirst("#settings-form"));
        set(values, "legalName", "Seiten e. V.");
        set(values, "street", "Holm 1");
        set(values, "postalCode", "24937");
        set(values, "city", "Flensburg");
        set(values, "taxNumber", "15/293/11111");
        set(values, "iban", "DE89 3704 0044 0532 0130 01");
        set(values, "contactName", "Geschäftsstelle");
        set(values, "contactPhone", "+49 461 1");
        set(values, "contactEmail", "beitrag@seiten.example");
        Document invalid = page(submit(base + "/settings", values));
        assertThat(invalid.select("#iban.is-invalid")).hasSize(1);
        assertThat(invalid.select("#iban ~ .invalid-feedback").text()).startsWith("IBAN ungültig");
        set(values, "iban", "DE89 3704 0044 0532 0130 00");
        assertThat(submit(base + "/settings", values).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/settings");

        // A fee schedule for this year; a second one overlapping it is refused next to "valid from".
        Document schedules =
                page(mvc.perform(get(base + "/schedules").with(signedIn(ADMIN)).header("Accept-Language", "de"))
                        .andReturn());
        MultiValueMap<String, String> schedule = formValues(schedules.selectFirst("#schedule-form"));
        set(schedule, "name", "Beitragsordnung 2026");
        set(schedule, "validFrom", "2026-01-01");
        set(schedule, "validTo", "2026-12-31");
        assertThat(submit(base + "/schedules", schedule).getResponse().getRedirectedUrl())
                .isEqualTo(base + "/schedules");
        set(schedule, "name", "Doppelt");
        set(schedule, "validFrom", "2026-06-01");
        set(schedule, "validTo", "");
        Document overlap = page(submit(base + "/schedules", schedule));
        assertThat(overlap.select("#validFrom ~ .invalid-feedback").text())
                .contains("überschneidet sich")
                .contains("Beitragsordnung 2026");

        // A business with 20 employees joins on 1 July: its invoice (480 EUR a year by the default rows) is listed.
        String externalId = unique("seitenzahler");
        Map<String, Object> organization = organization(externalId, "Seitenzahler " + externalId, "it-westpfalz");
        organization.put("employees", 20);
        organization.put(
                "address", Map.of("street", "Holm 2", "postalCode", "24937", "city", "Flensburg", "country", "DE"));
        String id = body(mvc.perform(
                                postJson("/api/v1/organizations", organization).with(as(ADMIN_TOKEN)))
                        .andReturn())
                .get("id")
                .asString();
        assertThat(mvc.perform(postJson(
                                        "/api/v1/memberships?network=" + slug,
                                        Map.of("organizationId", id, "status", "ACTIVE", "effectiveOn", "2026-07-01"))
                                .with(as(ADMIN_TOKEN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        Document list = page(mvc.perform(get(base).with(signedIn(ADMIN)).header("Accept-Language", "de"))
                .andReturn());
        assertThat(list.select("#invoice-list tbody tr")).hasSize(1);
        assertThat(list.selectFirst("#gross-total").text()).isEqualTo("240.00");
        Element link = list.selectFirst("#invoice-list tbody a");
        Document invoice =
                page(mvc.perform(get(link.attr("href")).with(signedIn(ADMIN)).header("Accept-Language", "de"))
                        .andReturn());
        assertThat(invoice.selectFirst("#open-amount").text()).isEqualTo("240.00");

        // Too much is refused next to the amount; the full amount makes it paid.
        MultiValueMap<String, String> payment = formValues(invoice.selectFirst("#payment-form"));
        set(payment, "amount", "300");
        Document over = page(submit(invoice.selectFirst("#payment-form").attr("action"), payment));
        assertThat(over.select("#amount ~ .invalid-feedback").text()).contains("übersteigt");
        set(payment, "amount", "240,00");
        MvcResult paid = submit(invoice.selectFirst("#payment-form").attr("action"), payment);
        Document after = page(mvc.perform(get(paid.getResponse().getRedirectedUrl())
                        .with(signedIn(ADMIN))
                        .header("Accept-Language", "de"))
                .andReturn());
        assertThat(after.selectFirst("#invoice-status").text()).isEqualTo("Bezahlt");

        // The downloads of the page.
        assertThat(mvc.perform(get(link.attr("href") + "/xml")
                                .with(signedIn(ADMIN))
                                .header("Accept-Language", "de"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("CrossIndustryInvoice");
    }

    @Test
    void theOfficeDashboardLinksToBilling() throws Exception {
        Document dashboard = page(
                mvc.perform(get("/n/" + slug + "/crm").with(signedIn(ADMIN)).header("Accept-Language", "de"))
                        .andReturn());
        assertThat(dashboard.selectFirst("#crm-billing").attr("href")).isEqualTo(base);
        assertThat(List.of(200))
                .contains(mvc.perform(
                                get(base + "/mandates").with(signedIn(ADMIN)).header("Accept-Language", "de"))
                        .andReturn()
                        .getResponse()
                        .getStatus());
    }

    private MvcResult submit(String url, MultiValueMap<String, String> values) throws Exception {
        return mvc.perform(post(url)
                        .with(params(values))
                        .with(csrf())
                        .with(signedIn(ADMIN))
                        .header("Accept-Language", "de"))
                .andReturn();
    }
}
