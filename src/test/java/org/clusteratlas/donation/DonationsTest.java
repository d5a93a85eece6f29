package org.clusteratlas.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.billing.InvoicePaid;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The donations reconcile with the invoices actually paid: income is booked once per paid invoice with the share in
 * force at payment, the year's donations are the paid fees times that share, and the beneficiaries' parts add up to
 * the donations to the cent, on the public page as in the API.
 */
class DonationsTest extends AtlasPageTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Donations donations;

    private String network;
    private UUID networkId;
    private String office;

    @BeforeEach
    void networkWithAnOffice() throws Exception {
        network = unique("spenden");
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/networks",
                                Map.of("slug", network, "name", Map.of("de", "Spendennetz", "en", "Donation network")))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        networkId = jdbc.queryForObject("select id from network where slug = ?", UUID.class, network);
        office = "office." + network + "@spenden.example";
        UUID account = accounts.ensureVerifiedAccount(office, "Büro Spenden", DEMO_PASSWORD, false);
        accounts.assignNetworkRole(account, networkId, NetworkRole.MANAGER);
    }

    @Test
    void thePublicPageTotalsEqualThePaidInvoicesTimesTheDonatedShare() throws Exception {
        policy("80", "OFFICE");
        UUID kita = beneficiary("Kita Sonnenschein", "KINDERGARTEN");
        UUID school = beneficiary("Grundschule am Holm", "SCHOOL");
        UUID first = paid("120.00", LocalDate.of(2025, 3, 1));
        paid("60.50", LocalDate.of(2025, 7, 1));
        paid("33.33", LocalDate.of(2025, 12, 31));
        paid("99.99", LocalDate.of(2024, 12, 31));
        // A repeated event for an invoice books nothing twice.
        transactions.executeWithoutResult(status -> events.publishEvent(new InvoicePaid(
                first,
                "X-1",
                networkId,
                UUID.randomUUID(),
                new BigDecimal("120.00"),
                "EUR",
                LocalDate.of(2025, 3, 1))));

        allocate(2025, Map.of(kita, "60", school, "40"));

        JsonNode overview = okJson("/api/v1/donations/" + network, null);
        JsonNode year = yearOf(overview, 2025);
        assertThat(year.get("income").decimalValue()).isEqualByComparingTo("213.83");
        assertThat(year.get("invoices").asInt()).isEqualTo(3);
        // 213.83 × 80 % = 171.064
        assertThat(year.get("donations").decimalValue()).isEqualByComparingTo("171.06");
        BigDecimal parts = year.get("lines").values().stream()
                .map(line -> line.get("allocated").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(parts).isEqualByComparingTo("171.06");
        assertThat(allocatedTo(year, kita)).isEqualByComparingTo("102.64");
        assertThat(allocatedTo(year, school)).isEqualByComparingTo("68.42");
        assertThat(yearOf(overview, 2024).get("donations").decimalValue()).isEqualByComparingTo("79.99");

        Document page =
                Jsoup.parse(html(mvc.perform(get("/n/" + network + "/donations").locale(Locale.GERMAN))
                        .andReturn()));
        assertThat(page.select("#year-2025 .donation-income").text()).isEqualTo("213,83 € aus 3 Rechnungen");
        assertThat(page.select("#year-2025 .donation-share").text()).isEqualTo("80,00 %");
        assertThat(page.select("#year-2025 .donation-total").text()).isEqualTo("171,06 €");
        assertThat(page.select("#year-2025 .donation-allocated").eachText())
                .containsExactlyInAnyOrder("102,64 €", "68,42 €");
        assertThat(page.select("#donation-beneficiaries").text()).contains("Kita Sonnenschein", "Grundschule am Holm");
        assertThat(page.select("#year-2024 h2").text()).isEqualTo("Jahr 2024");
    }

    @Test
    void aNewShareAppliesToInvoicesPaidFromThenOnAndTheYearStillReconciles() throws Exception {
        policy("80", "OFFICE");
        paid("100.00", LocalDate.of(2025, 2, 1));
        policy("50", "OFFICE");
        paid("100.00", LocalDate.of(2025, 9, 1));

        JsonNode year = yearOf(okJson("/api/v1/donations/" + network, null), 2025);
        assertThat(year.get("donations").decimalValue()).isEqualByComparingTo("130.00");
        assertThat(year.get("sharePercent").isNull()).isTrue();
        assertThat(year.get("unallocated").decimalValue()).isEqualByComparingTo("130.00");
    }

    @Test
    void allocationsMustAddUpToAHundredAndPayoutsNeverExceedWhatIsAllocated() throws Exception {
        policy("100", "OFFICE");
        UUID kita = beneficiary("Kita Regenbogen", "KINDERGARTEN");
        UUID school = beneficiary("Gesamtschule Nord", "SCHOOL");
        paid("500.00", LocalDate.of(2025, 5, 5));

        MvcResult ninety = mvc.perform(put("/api/v1/donations/" + network + "/allocations/2025")
                        .with(bearer(tokenFor(office)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of(
                                "shares",
                                List.of(
                                        Map.of("beneficiary", kita, "percent", 50),
                                        Map.of("beneficiary", school, "percent", 40))))))
                .andReturn();
        assertThat(ninety.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(ninety).get("errors"))).containsExactly("shares");
        assertThat(body(ninety).get("errors").get(0).get("message").asString()).contains("90");

        allocate(2025, Map.of(kita, "50", school, "50"));
        MvcResult tooMuch = payout(kita, 2025, "250.01");
        assertThat(tooMuch.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(tooMuch).get("errors"))).containsExactly("amount");
        assertThat(payout(kita, 2025, "200.00").getResponse().getStatus()).isEqualTo(201);
        assertThat(payout(kita, 2025, "50.01").getResponse().getStatus()).isEqualTo(400);

        JsonNode year = yearOf(okJson("/api/v1/donations/" + network, null), 2025);
        assertThat(year.get("paidOut").decimalValue()).isEqualByComparingTo("200.00");
        // A new division may not leave the kindergarten below what it already received.
        MvcResult below = mvc.perform(put("/api/v1/donations/" + network + "/allocations/2025")
                        .with(bearer(tokenFor(office)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of(
                                "shares",
                                List.of(
                                        Map.of("beneficiary", kita, "percent", 10),
                                        Map.of("beneficiary", school, "percent", 90))))))
                .andReturn();
        assertThat(below.getResponse().getStatus()).isEqualTo(409);
        assertThat(allocatedTo(yearOf(okJson("/api/v1/donations/" + network, null), 2025), kita))
                .as("the refused division changed nothing")
                .isEqualByComparingTo("250.00");
        // A beneficiary that received money stays on record.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                        "/api/v1/donations/" + network + "/beneficiaries/" + kita)
                                .with(bearer(tokenFor(office))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void membersVoteAndTheYearIsDividedInProportionToTheVotes() throws Exception {
        policy("90", "MEMBER_VOTE");
        UUID kita = beneficiary("Kita Pusteblume", "KINDERGARTEN");
        UUID school = beneficiary("Realschule Süd", "SCHOOL");
        int year = donations.currentYear();
        paid("100.00", LocalDate.of(year, 1, 15));
        String[] members = {member(), member(), member()};

        vote(members[0], kita);
        vote(members[1], kita);
        vote(members[2], school);
        // Voting again changes the vote, it does not add one.
        vote(members[2], kita);
        vote(members[2], school);

        JsonNode current = yearOf(okJson("/api/v1/donations/" + network, null), year);
        assertThat(current.get("votes").asInt()).isEqualTo(3);
        assertThat(allocatedTo(current, kita)).isEqualByComparingTo("60.00");
        assertThat(allocatedTo(current, school)).isEqualByComparingTo("30.00");

        MvcResult anonymous = mvc.perform(put("/api/v1/donations/" + network + "/votes/mine")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("beneficiary", kita))))
                .andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        MvcResult outsider = mvc.perform(put("/api/v1/donations/" + network + "/votes/mine")
                        .with(bearer(tokenFor(MEMBER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("beneficiary", kita))))
                .andReturn();
        assertThat(outsider.getResponse().getStatus()).isEqualTo(403);

        MvcResult outsiderPage = mvc.perform(post("/n/" + network + "/donations/vote")
                        .with(signedIn(MEMBER))
                        .with(csrf())
                        .param("beneficiary", kita.toString()))
                .andReturn();
        assertThat(outsiderPage.getResponse().getStatus())
                .as(html(outsiderPage))
                .isEqualTo(403);

        // On the page: the member's vote is preselected.
        Document page =
                Jsoup.parse(html(mvc.perform(get("/n/" + network + "/donations").with(signedIn(members[0])))
                        .andReturn()));
        assertThat(page.select("#donation-vote input[checked]").attr("value")).isEqualTo(kita.toString());
    }

    @Test
    void theOfficePageShowsARefusedDivisionWithItsReasonAndOthersCannotOpenIt() throws Exception {
        policy("80", "OFFICE");
        UUID kita = beneficiary("Kita Seestern", "KINDERGARTEN");
        MvcResult refused = mvc.perform(post("/n/" + network + "/donations/allocations/2025")
                        .with(signedIn(office))
                        .with(csrf())
                        .param("percent_" + kita, "70")
                        .locale(Locale.GERMAN))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(html(refused)).select("#allocation-errors").text())
                .contains("70 %", "genau 100 %");

        MvcResult letters = mvc.perform(post("/n/" + network + "/donations/policy")
                        .with(signedIn(office))
                        .with(csrf())
                        .param("sharePercent", "achtzig")
                        .param("allocation", "OFFICE")
                        .locale(Locale.GERMAN))
                .andReturn();
        assertThat(letters.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(html(letters)).select("#policy-errors").text()).contains("achtzig");

        MvcResult saved = mvc.perform(post("/n/" + network + "/donations/beneficiaries")
                        .with(signedIn(office))
                        .with(csrf())
                        .param("name", "Grundschule Mürwik")
                        .param("kind", "SCHOOL")
                        .param("postalCode", "24944")
                        .param("city", "Flensburg"))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/n/" + network + "/donations/manage");
        assertThat(okJson("/api/v1/donations/" + network, null).get("beneficiaries").values().stream()
                        .map(b -> b.get("name").asString()))
                .contains("Grundschule Mürwik");

        assertThat(mvc.perform(get("/n/" + network + "/donations/manage").with(signedIn(office(("it-westpfalz")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(put("/api/v1/donations/" + network + "/policy")
                                .with(bearer(tokenFor(office("it-westpfalz"))))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"sharePercent\": 50, \"allocation\": \"OFFICE\"}"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MvcResult overHundred = mvc.perform(put("/api/v1/donations/" + network + "/policy")
                        .with(bearer(tokenFor(office)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharePercent\": 120.5, \"allocation\": \"OFFICE\"}"))
                .andReturn();
        assertThat(overHundred.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(overHundred).get("errors"))).containsExactly("sharePercent");
    }

    private void policy(String share, String mode) throws Exception {
        MvcResult result = mvc.perform(put("/api/v1/donations/" + network + "/policy")
                        .with(bearer(tokenFor(office)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharePercent\": " + share + ", \"allocation\": \"" + mode + "\"}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(200);
    }

    private UUID beneficiary(String name, String kind) throws Exception {
        MvcResult result = mvc.perform(postJson(
                                "/api/v1/donations/" + network + "/beneficiaries",
                                Map.of(
                                        "name", name,
                                        "kind", kind,
                                        "street", "Holm 2",
                                        "postalCode", "24937",
                                        "city", "Flensburg",
                                        "purposeDe", "Bücher und Ausflüge"))
                        .with(bearer(tokenFor(office))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(201);
        return UUID.fromString(body(result).get("id").asString());
    }

    private UUID paid(String amount, LocalDate on) {
        UUID invoice = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new InvoicePaid(
                invoice, "T-" + invoice, networkId, UUID.randomUUID(), new BigDecimal(amount), "EUR", on)));
        return invoice;
    }

    private void allocate(int year, Map<UUID, String> percents) throws Exception {
        MvcResult result = mvc.perform(put("/api/v1/donations/" + network + "/allocations/" + year)
                        .with(bearer(tokenFor(office)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of(
                                "shares",
                                percents.entrySet().stream()
                                        .map(e -> Map.of("beneficiary", e.getKey(), "percent", e.getValue()))
                                        .toList()))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(200);
    }

    private MvcResult payout(UUID beneficiary, int year, String amount) throws Exception {
        return mvc.perform(postJson(
                                "/api/v1/donations/" + network + "/payouts",
                                Map.of(
                                        "beneficiary",
                                        beneficiary,
                                        "year",
                                        year,
                                        "paidOn",
                                        "2026-01-10",
                                        "amount",
                                        amount,
                                        "reference",
                                        "Spende " + year))
                        .with(bearer(tokenFor(office))))
                .andReturn();
    }

    private String member() {
        String email = unique("mitglied") + "@spenden.example";
        UUID account = accounts.ensureVerifiedAccount(email, "Mitglied", DEMO_PASSWORD, false);
        accounts.assignNetworkRole(account, networkId, NetworkRole.MEMBER);
        return email;
    }

    private void vote(String email, UUID beneficiary) throws Exception {
        MvcResult result = mvc.perform(put("/api/v1/donations/" + network + "/votes/mine")
                        .with(bearer(tokenFor(email)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("beneficiary", beneficiary))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(204);
    }

    private static JsonNode yearOf(JsonNode overview, int year) {
        return overview.get("years").values().stream()
                .filter(y -> y.get("year").asInt() == year)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no year " + year + " in " + overview));
    }

    private static BigDecimal allocatedTo(JsonNode year, UUID beneficiary) {
        return year.get("lines").values().stream()
                .filter(line -> line.get("beneficiary").asString().equals(beneficiary.toString()))
                .map(line -> line.get("allocated").decimalValue())
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
