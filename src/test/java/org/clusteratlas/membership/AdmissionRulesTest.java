package org.clusteratlas.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Admission rules per network: set by the office (page and API), applied to every application with an explanation
 * per rule, overridden only with a recorded reason. Each test runs on a network of its own, so that no rule set
 * leaks into the demo networks other tests apply to.
 */
class AdmissionRulesTest extends AtlasPageTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String REGISTER = "document-handelsregisterauszug";

    private String network;
    private String office;

    @BeforeEach
    void ownNetwork() throws Exception {
        network = unique("aufnahme");
        MvcResult created = mvc.perform(
                        postJson("/api/v1/networks", Map.of("slug", network, "name", Map.of("de", "Aufnahme Netz")))
                                .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        office = "office." + network + "@test.example";
        UUID account = accounts.ensureVerifiedAccount(office, "Olga Office", DEMO_PASSWORD, false);
        UUID networkId = jdbc.queryForObject("select id from network where slug = ?", UUID.class, network);
        accounts.assignNetworkRole(account, networkId, NetworkRole.MANAGER);
    }

    private MultiValueMap<String, String> application(String email, Map<String, String> changes) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("organizationName", unique("Regel GmbH"));
        form.add("kind", "COMPANY");
        form.add("postalCode", "67655");
        form.add("city", "Kaiserslautern");
        form.add("employees", "35");
        form.add("contactFirstName", "Rita");
        form.add("contactLastName", "Regel");
        form.add("email", email);
        form.add("consent", "true");
        form.add("homepage", "");
        form.add("startedAt", String.valueOf(Instant.now().minusSeconds(60).toEpochMilli()));
        changes.forEach((field, value) -> set(form, field, value));
        return form;
    }

    private MvcResult apply(Map<String, String> changes, MockMultipartFile... files) throws Exception {
        return apply(unique("regel") + "@test.example", changes, files);
    }

    private MvcResult apply(String email, Map<String, String> changes, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/n/" + network + "/apply");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.params(application(email, changes))
                        .param("lang", "de")
                        .with(csrf()))
                .andReturn();
    }

    private UUID applied(Map<String, String> changes, MockMultipartFile... files) throws Exception {
        String email = unique("regel") + "@test.example";
        MvcResult result = apply(email, changes, files);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/apply/thanks");
        return jdbc.queryForObject("select id from membership_application where email = ?", UUID.class, email);
    }

    private MvcResult putRules(Object rules, String token) throws Exception {
        return mvc.perform(put("/api/v1/admission-rules/" + network)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(rules))
                        .header("Accept-Language", "de")
                        .with(bearer(token)))
                .andReturn();
    }

    private void rules(Map<String, Object> rules) throws Exception {
        MvcResult result = putRules(rules, tokenFor(office));
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
    }

    private JsonNode evaluation(UUID application, String language) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/membership-applications/" + application)
                        .header("Accept-Language", language)
                        .with(bearer(tokenFor(office))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return body(result).get("evaluation");
    }

    private static List<String> explanations(JsonNode evaluation) {
        return evaluation.values().stream()
                .map(c -> c.get("rule").asString() + " " + c.get("outcome").asString() + ": "
                        + c.get("explanation").asString())
                .toList();
    }

    private static MockMultipartFile register(byte[] content) {
        return new MockMultipartFile(REGISTER, "hr-auszug.pdf", "application/pdf", content);
    }

    private static Map<String, Object> strictRules() {
        return Map.of(
                "allowedKinds", List.of("COMPANY", "ASSOCIATION"),
                "postalRanges", List.of(Map.of("from", "67000", "to", "67999")),
                "maxEmployees", 50,
                "excludeGroups", true,
                "requiredDocuments",
                        List.of(Map.of("nameDe", "Handelsregisterauszug", "nameEn", "Commercial register extract")));
    }

    @Test
    void aNetworkWithoutRulesOfItsOwnAdmitsByTheFoundingRules() throws Exception {
        JsonNode rules = okJson("/api/v1/admission-rules/" + network, tokenFor(office));

        assertThat(rules.get("founding").asBoolean()).isTrue();
        assertThat(rules.at("/rules/allowedKinds").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly(
                        "COMPANY",
                        "UNIVERSITY",
                        "RESEARCH_INSTITUTE",
                        "ASSOCIATION",
                        "SOCIAL_INSTITUTION",
                        "PUBLIC_BODY",
                        "OTHER");
        assertThat(rules.at("/rules/maxEmployees").asInt()).isEqualTo(249);
        assertThat(rules.at("/rules/excludeGroups").asBoolean()).isTrue();
        assertThat(rules.at("/rules/postalRanges").isEmpty()).isTrue();
        assertThat(rules.at("/rules/requiredDocuments").isEmpty()).isTrue();

        UUID small = applied(Map.of());
        UUID large = applied(Map.of("employees", "250"));
        assertThat(explanations(evaluation(small, "de")))
                .containsExactly(
                        "EMPLOYEES PASSED: 35 Beschäftigte: Aufgenommen werden Unternehmen mit höchstens 249.",
                        "GROUP PASSED: Gehört nach eigener Angabe zu keiner Kette und keiner Unternehmensgruppe.");
        assertThat(explanations(evaluation(large, "de")))
                .first()
                .isEqualTo("EMPLOYEES FAILED: 250 Beschäftigte: mehr als die höchstens 249, mit denen Unternehmen"
                        + " aufgenommen werden.");
    }

    @Test
    void everyRuleIsExplainedWithTheApplicantsStatement() throws Exception {
        rules(strictRules());

        UUID outside =
                applied(Map.of("kind", "UNIVERSITY", "postalCode", "10115", "city", "Berlin", "partOfGroup", "true"));
        UUID inside = applied(Map.of("employees", "80"), register(PDF));

        assertThat(explanations(evaluation(outside, "de")))
                .containsExactly(
                        "KIND FAILED: Hochschule: Diese Art von Organisation wird nicht aufgenommen (aufgenommen"
                                + " werden: Unternehmen, Verein oder Verband).",
                        "REGION FAILED: Postleitzahl 10115 liegt außerhalb des Gebiets 67000–67999.",
                        "EMPLOYEES PASSED: Die Höchstzahl von 50 Beschäftigten gilt nur für Unternehmen.",
                        "GROUP FAILED: Gehört nach eigener Angabe zu einer Kette oder Unternehmensgruppe: Solche"
                                + " werden nicht aufgenommen.",
                        "DOCUMENT NOT_STATED: Handelsregisterauszug fehlt.");
        assertThat(explanations(evaluation(inside, "en")))
                .containsExactly(
                        "KIND PASSED: Company: this kind of organization is admitted.",
                        "REGION PASSED: Postal code 67655 lies within the region 67000–67999.",
                        "EMPLOYEES FAILED: 80 employees: more than the at most 50 with which companies are admitted.",
                        "GROUP PASSED: Says it belongs to no chain and no group of companies.",
                        "DOCUMENT PASSED: Commercial register extract is enclosed.");

        // Federal states: the state comes from the gazetteer.
        rules(Map.of("allowedKinds", List.of("COMPANY"), "federalStates", List.of("Rheinland-Pfalz")));
        assertThat(explanations(evaluation(inside, "de")))
                .contains("REGION PASSED: Postleitzahl 67655 (Rheinland-Pfalz) liegt im Gebiet Rheinland-Pfalz.");
        assertThat(explanations(evaluation(outside, "de")))
                .contains("REGION FAILED: Postleitzahl 10115 (Berlin) liegt außerhalb des Gebiets Rheinland-Pfalz.");

        // The office's page shows the same evaluation.
        Document page = page(
                mvc.perform(get("/n/" + network + "/applications/" + outside).with(signedIn(office)))
                        .andReturn());
        assertThat(page.select("#admission-evaluation tbody tr").eachAttr("data-outcome"))
                .containsExactly("FAILED", "FAILED");
        assertThat(page.select("#admission-hints li").eachText())
                .contains("Postleitzahl 10115 (Berlin) liegt außerhalb des Gebiets Rheinland-Pfalz.");
    }

    @Test
    void theApplicantSeesWhatIsMissingAfterSending() throws Exception {
        rules(strictRules());

        MvcResult result = apply(Map.of());
        Document thanks =
                page(mvc.perform(get("/n/" + network + "/apply/thanks").flashAttrs(result.getFlashMap()))
                        .andReturn());

        assertThat(thanks.select("#application-open-checks li").eachText())
                .containsExactly("Handelsregisterauszug fehlt.");
        // The form asks for the document, as a PDF upload, and sends multipart.
        Document form = page(mvc.perform(get("/n/" + network + "/apply")).andReturn());
        assertThat(form.select("#application-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file][name=" + REGISTER + "]").attr("accept"))
                .isEqualTo("application/pdf");
        assertThat(form.select("#admission-rules-summary li").eachText())
                .contains("Gebiet des Netzwerks: 67000–67999.", "Unternehmen mit höchstens 50 Beschäftigten.");
    }

    @Test
    void onlyAPdfByItsContentIsTakenAsADocument() throws Exception {
        rules(strictRules());
        String email = unique("regel") + "@test.example";

        MvcResult result = apply(
                email, Map.of(), register("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("#" + REGISTER + "-error").text()).isEqualTo("Erlaubt sind nur PDF-Dateien.");
        assertThat(page.select("#error-summary").text())
                .contains("Handelsregisterauszug: Erlaubt sind nur PDF-Dateien.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from membership_application where email = ?", Integer.class, email))
                .isZero();
        MvcResult tooLarge = apply(email, Map.of(), register(new byte[5 * 1024 * 1024]));
        assertThat(page(tooLarge).select("#" + REGISTER + "-error").text()).isEqualTo("Die Datei ist größer als 4 MB.");
    }

    @Test
    void documentsAreStoredOutsidePublicPathsAndOnlyTheOfficeDownloadsThem() throws Exception {
        rules(strictRules());
        UUID id = applied(Map.of(), register(PDF));
        Map<String, Object> stored =
                jdbc.queryForMap("select * from membership_application_document where application_id = ?", id);
        String key = (String) stored.get("STORAGE_KEY");
        assertThat(Files.readAllBytes(DATA_DIR.resolve("uploads").resolve(key))).isEqualTo(PDF);

        Document detail =
                page(mvc.perform(get("/n/" + network + "/applications/" + id).with(signedIn(office)))
                        .andReturn());
        String link = detail.select("#application-documents a").attr("href");
        assertThat(link).isEqualTo("/n/" + network + "/applications/" + id + "/documents/" + stored.get("ID"));

        MvcResult download = mvc.perform(get(link).with(signedIn(office))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get(link).with(signedIn(MEMBER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(link).with(signedIn(office("it-westpfalz"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        for (String guess : List.of("/uploads/" + key, "/" + key, "/media/" + key)) {
            assertThat(mvc.perform(get(guess)).andReturn().getResponse().getStatus())
                    .as(guess)
                    .isEqualTo(404);
        }
        assertThat(Path.of(key).isAbsolute()).isFalse();
    }

    @Test
    void erasingTheApplicantsDataRemovesTheirDocuments() throws Exception {
        rules(strictRules());
        String email = unique("loeschen") + "@test.example";
        assertThat(apply(email, Map.of(), register(PDF)).getResponse().getRedirectedUrl())
                .endsWith("/thanks");
        String key = jdbc.queryForObject(
                "select d.storage_key from membership_application_document d join membership_application a"
                        + " on a.id = d.application_id where a.email = ?",
                String.class,
                email);
        assertThat(DATA_DIR.resolve("uploads").resolve(key)).exists();

        MvcResult erased = mvc.perform(
                        postJson("/api/v1/privacy/erasure", Map.of("email", email, "reason", "Antrag der Bewerberin"))
                                .with(bearer(ADMIN_TOKEN)))
                .andReturn();

        assertThat(erased.getResponse().getStatus()).isEqualTo(200);
        assertThat(DATA_DIR.resolve("uploads").resolve(key)).doesNotExist();
        assertThat(jdbc.queryForObject(
                        "select count(*) from membership_application_document where storage_key = ?",
                        Integer.class,
                        key))
                .isZero();
    }

    @Test
    void admittingDespiteOpenRulesNeedsAReasonThatIsRecordedWithWhoAndWhen() throws Exception {
        UUID id = applied(Map.of("employees", "900"));
        String detail = "/n/" + network + "/applications/" + id;

        MvcResult refused = mvc.perform(post(detail + "/accept")
                        .param("note", "Willkommen")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(refused).select("#overrideReason-error").text())
                .isEqualTo("Bitte begründen Sie, warum Sie trotz nicht erfüllter Regeln aufnehmen.");
        assertThat(jdbc.queryForObject("select status from membership_application where id = ?", String.class, id))
                .isEqualTo("PENDING");

        MvcResult accepted = mvc.perform(post(detail + "/accept")
                        .param("note", "Willkommen")
                        .param("overrideReason", "Regionaler Ankerbetrieb, Vorstandsbeschluss vom 3. März")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(detail);
        Map<String, Object> row = jdbc.queryForMap("select * from membership_application where id = ?", id);
        assertThat(row.get("STATUS")).isEqualTo("ACCEPTED");
        assertThat(row.get("OVERRIDE_REASON")).isEqualTo("Regionaler Ankerbetrieb, Vorstandsbeschluss vom 3. März");
        assertThat(row.get("DECIDED_BY_NAME")).isEqualTo("Olga Office");
        assertThat(row.get("DECIDED_AT")).isNotNull();
        Document page = page(mvc.perform(get(detail).with(signedIn(office))).andReturn());
        assertThat(page.select("#application-override").text())
                .contains(
                        "Aufgenommen trotz offener Regeln von Olga Office am",
                        "900 Beschäftigte: mehr als die höchstens 249",
                        "Begründung: Regionaler Ankerbetrieb, Vorstandsbeschluss vom 3. März");
        JsonNode view = okJson("/api/v1/membership-applications/" + id, tokenFor(office));
        assertThat(view.get("overrideReason").asString()).startsWith("Regionaler Ankerbetrieb");
    }

    @Test
    void aRuleSetThatAdmitsNobodyIsRefusedInTheApiWithFieldMessages() throws Exception {
        MvcResult result = putRules(
                Map.of(
                        "allowedKinds", List.of(),
                        "postalRanges", List.of(Map.of("from", "68000", "to", "67000"), Map.of("from", "123")),
                        "federalStates", List.of("Pfalz"),
                        "maxEmployees", 0),
                tokenFor(office));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode errors = body(result).get("errors");
        assertThat(errorFields(errors))
                .containsExactly(
                        "allowedKinds", "postalRanges[0]", "postalRanges[1]", "federalStates[0]", "maxEmployees");
        assertThat(errors.get(1).get("message").asString())
                .isEqualTo("Im Bereich 68000–67000 liegt der Anfang hinter dem Ende: Er enthielte keine Postleitzahl.");
        assertThat(okJson("/api/v1/admission-rules/" + network, tokenFor(office))
                        .get("founding")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aRuleSetThatAdmitsNobodyIsRefusedOnThePageNextToTheFields() throws Exception {
        MvcResult result = mvc.perform(post("/n/" + network + "/admission-rules")
                        .param("postalRanges", "68000-67000\n6700")
                        .param("maxEmployees", "0")
                        .param("documents", "Handelsregisterauszug\nHandelsregisterauszug")
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("#allowedKinds-error").text()).startsWith("Mindestens eine Art von Organisation");
        assertThat(page.select("#postalRanges-error p").eachText())
                .containsExactly(
                        "Im Bereich 68000–67000 liegt der Anfang hinter dem Ende: Er enthielte keine Postleitzahl.",
                        "„6700–6700“ ist kein Bereich aus fünfstelligen Postleitzahlen (z. B. 67000-67999).");
        assertThat(page.select("#maxEmployees-error").text()).startsWith("Mit weniger als einem Beschäftigten");
        assertThat(page.select("#documents-error").text()).contains("steht zweimal in der Liste");
        assertThat(page.select("#postalRanges").val()).contains("68000-67000");
        assertThat(jdbc.queryForObject(
                        "select count(*) from admission_rules r join network n on n.id = r.network_id where n.slug = ?",
                        Integer.class,
                        network))
                .isZero();
    }

    @Test
    void theOfficeSavesItsRulesThroughThePageWithoutJavaScript() throws Exception {
        Document form =
                page(mvc.perform(get("/n/" + network + "/admission-rules").with(signedIn(office)))
                        .andReturn());
        assertThat(form.select("#rules-state").text()).startsWith("Es gelten die Gründungsregeln");
        MultiValueMap<String, String> values = formValues(form.selectFirst("#admission-rules-form"));
        assertThat(values.get("allowedKinds")).hasSize(7);
        values.put("allowedKinds", List.of("COMPANY", "SOCIAL_INSTITUTION"));
        set(values, "postalRanges", "67000 - 67999\n66849");
        values.put("federalStates", List.of("Saarland"));
        set(values, "maxEmployees", "");
        set(values, "documents", "Handelsregisterauszug | Commercial register extract");

        MvcResult saved = mvc.perform(post("/n/" + network + "/admission-rules")
                        .with(params(values))
                        .with(signedIn(office))
                        .with(csrf()))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/n/" + network + "/admission-rules");
        JsonNode rules = okJson("/api/v1/admission-rules/" + network, ADMIN_TOKEN);
        assertThat(rules.get("founding").asBoolean()).isFalse();
        assertThat(rules.get("updatedBy").asString()).isEqualTo("Olga Office");
        assertThat(rules.at("/rules/postalRanges").toString())
                .isEqualTo("[{\"from\":\"67000\",\"to\":\"67999\"},{\"from\":\"66849\",\"to\":\"66849\"}]");
        assertThat(rules.at("/rules/maxEmployees").isNull()).isTrue();
        assertThat(rules.at("/rules/requiredDocuments/0/code").asString()).isEqualTo("handelsregisterauszug");
        Document again = page(mvc.perform(get("/n/" + network + "/admission-rules")
                        .with(signedIn(office))
                        .flashAttrs(saved.getFlashMap()))
                .andReturn());
        assertThat(again.select("#rules-saved")).hasSize(1);
        assertThat(again.select("#postalRanges").val()).isEqualTo("67000-67999\n66849");
        assertThat(again.select("input[name=allowedKinds][checked]").eachAttr("value"))
                .containsExactly("COMPANY", "SOCIAL_INSTITUTION");
        // The applications page links to the rules.
        assertThat(page(mvc.perform(get("/n/" + network + "/applications").with(signedIn(office)))
                                .andReturn())
                        .select("#admission-rules-link")
                        .attr("href"))
                .isEqualTo("/n/" + network + "/admission-rules");
    }

    @Test
    void onlyTheNetworksOfficeAndAdminsReadAndChangeTheRules() throws Exception {
        String other = tokenFor(office("it-westpfalz"));
        assertThat(getAs("/api/v1/admission-rules/" + network, other)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/admission-rules/" + network, null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(putRules(strictRules(), other).getResponse().getStatus()).isEqualTo(403);
        assertThat(putRules(strictRules(), ADMIN_TOKEN).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/n/" + network + "/admission-rules").with(signedIn(office("it-westpfalz"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        UUID id = applied(Map.of());
        assertThat(getAs("/api/v1/membership-applications/" + id, other)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/membership-applications?network=" + network, other)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        JsonNode list = okJson("/api/v1/membership-applications?network=" + network, tokenFor(office));
        assertThat(list.get(0).get("evaluation").isArray()).isTrue();
    }
}
