package org.clusteratlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of hostile inputs (XSS payloads, template and SQL injection, Lucene syntax, path traversal, formula
 * injection, control characters, invalid Unicode, overlong values; {@code security/hostile-inputs.txt} plus what a text
 * file cannot hold) goes into every text field of an organization through the bulk import, and into the search. Each
 * is stored or refused with field messages, never a server error; what is stored comes back as it was sent and is
 * rendered escaped on the profile page, and the office's CSV export defuses formulas.
 *
 * <p>The organizations are office-only in a network of their own, so that no other test's search ever meets them.
 */
class HostileInputTest extends AtlasPageTest {

    private static final String HTTP_CONTROL = "\u0000\u0001\u0007\b\u000b\f\u000e\u001b\u007f";

    private String network;
    private String office;

    @BeforeEach
    void networkOfItsOwn() throws Exception {
        network = unique("feind");
        MvcResult created = mvc.perform(
                        postJson("/api/v1/networks", Map.of("slug", network, "name", Map.of("de", "Feindnetz")))
                                .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        office = "office." + network + "@feind.example";
        UUID account = accounts.ensureVerifiedAccount(office, "Büro Feind", DEMO_PASSWORD, false);
        accounts.assignNetworkRole(
                account,
                jdbc.queryForObject("select id from network where slug = ?", UUID.class, network),
                NetworkRole.MANAGER);
    }

    static List<String> corpus() throws IOException {
        List<String> inputs = new ArrayList<>();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/security/hostile-inputs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    inputs.add(line);
                }
            }
        }
        // What a line-based text file cannot carry.
        inputs.add(HTTP_CONTROL);
        inputs.add("Zeile eins\nZeile zwei\r\nZeile drei");
        inputs.add("Tab\tgetrennt");
        inputs.add("NUL\u0000mitten");
        inputs.add("\u2028Zeilentrenner\u2029Absatztrenner\u0085");
        inputs.add("einsames Surrogat \uD800 hier");
        inputs.add("\uDC00 vertauscht \uD83D");
        inputs.add("\uFFFE\uFFFF Nichtzeichen");
        inputs.add("A".repeat(201));
        inputs.add("Ü".repeat(5_000));
        inputs.add("x".repeat(100_000));
        inputs.add(" ".repeat(300));
        inputs.add("<".repeat(2_000));
        inputs.add("a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301");
        inputs.add("<scr\u0000ipt>alert(1)</scr\u0000ipt>");
        return inputs;
    }

    @Test
    void theCorpusHasAtLeastTwoHundredInputs() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    }

    @Test
    void everyHostileInputIsStoredAsSentOrRefusedAndRenderedEscaped() throws Exception {
        List<String> inputs = corpus();
        String run = unique("h");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            lines.add(toJson(hostile(run + "-" + i, inputs.get(i))));
        }
        JsonNode result = importLines(ADMIN_TOKEN, lines);
        int created = result.get("created").asInt();
        List<JsonNode> failed = result.get("failed").values().stream().toList();
        assertThat(created + failed.size()).isEqualTo(inputs.size());
        for (JsonNode failure : failed) {
            assertThat(failure.get("errors").values())
                    .as("a refused line names its fields: %s", failure)
                    .isNotEmpty()
                    .allSatisfy(
                            error -> assertThat(error.get("message").asString()).isNotBlank());
        }
        assertThat(created).as("most inputs are legitimate text for someone").isGreaterThan(inputs.size() / 2);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String externalId = run + "-" + i;
            if (countOrganizations(externalId) == 0) {
                continue;
            }
            UUID id = organizationId(externalId);
            JsonNode stored = okJson("/api/v1/organizations/" + id, ADMIN_TOKEN);
            String description = stored.path("description").path("de").asString();
            if (!description.equals(inputs.get(i).strip()) && !inputs.get(i).isBlank()) {
                // Stored text may only lose what no one can see: surrounding blanks, control and invalid characters.
                if (!visible(description).equals(visible(inputs.get(i)))) {
                    problems.add(i + ": stored description differs: " + abbreviate(description) + " "
                            + description
                                    .codePoints()
                                    .mapToObj(Integer::toHexString)
                                    .toList() + " vs "
                            + inputs.get(i)
                                    .codePoints()
                                    .mapToObj(Integer::toHexString)
                                    .toList());
                }
            }
            if (!couldBeMarkup(inputs.get(i))) {
                continue; // plain text cannot turn into markup; rendering every page would only cost time
            }
            String slug = stored.get("slug").asString();
            MvcResult page = mvc.perform(get("/o/" + slug).with(signedIn(ADMIN)).locale(Locale.GERMAN))
                    .andReturn();
            if (page.getResponse().getStatus() != 200) {
                problems.add(i + ": profile page answered " + page.getResponse().getStatus());
                continue;
            }
            String html = html(page);
            problems.addAll(unsafeMarkup(i, html));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHostileSearchIsAnsweredOrRefusedNeverAnError() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String input : corpus()) {
            if (input.length() > 3_000) {
                continue; // longer than any URL a browser sends; the length rule is tested with 3,000
            }
            String q = URLEncoder.encode(input, StandardCharsets.UTF_8);
            MvcResult api = getEncoded("/api/v1/search/organizations?q=" + q, null);
            int status = api.getResponse().getStatus();
            if (status != 200 && status != 400) {
                problems.add("API " + status + " for " + abbreviate(input));
            } else if (status == 400 && !api.getResponse().getContentType().startsWith("application/problem+json")) {
                problems.add("API 400 without problem document for " + abbreviate(input));
            }
            if (!couldBeMarkup(input)) {
                continue;
            }
            MvcResult page = getEncoded("/search?q=" + q, null);
            int pageStatus = page.getResponse().getStatus();
            if (pageStatus != 200 && pageStatus != 400) {
                problems.add("page " + pageStatus + " for " + abbreviate(input));
            } else {
                problems.addAll(unsafeMarkup(-1, html(page)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOfficesCsvExportDefusesFormulas() throws Exception {
        List<String> formulas = List.of(
                "=HYPERLINK(\"http://evil.example\",\"klick\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1");
        String run = unique("csv");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < formulas.size(); i++) {
            Map<String, Object> organization = hostile(run + "-" + i, formulas.get(i));
            organization.put("name", formulas.get(i) + " " + i);
            lines.add(toJson(organization));
        }
        JsonNode result = importLines(ADMIN_TOKEN, lines);
        assertThat(result.get("failed").values()).isEmpty();

        MvcResult csv = mvc.perform(
                        get("/n/" + network + "/crm/organizations/export.csv").with(signedIn(office)))
                .andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String line : body.split("\r\n")) {
            for (String cell : line.split(";")) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(value)
                        .as("cell %s", cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t");
                if (value.startsWith("-")) {
                    assertThat(value).as("a minus only starts a number").matches("-[0-9.,]+\"?");
                }
            }
        }
        assertThat(body).contains("'=HYPERLINK");
    }

    @Test
    void invalidUtf8InAnImportLineRefusesThatLineOnly() throws Exception {
        String run = unique("utf");
        byte[] good = toJson(hostile(run + "-good", "gültig")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = toJson(hostile(run + "-bad", "XX")).getBytes(StandardCharsets.UTF_8);
        // "XX" becomes an invalid UTF-8 sequence: a lead byte without its continuation, and a stray continuation.
        String badText = new String(bad, StandardCharsets.ISO_8859_1).replace("XX", "\u00c3\u0028\u0080");
        byte[] badBytes = badText.getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(good);
        body.write('\n');
        body.write(badBytes);
        MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/organizations/import")
                        .contentType(NDJSON)
                        .content(body.toByteArray())
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as(html(result)).isIn(200, 400);
        if (status == 200) {
            JsonNode outcome = body(result);
            assertThat(outcome.get("created").asInt() + outcome.get("failed").size())
                    .isEqualTo(2);
            assertThat(countOrganizations(run + "-good")).isEqualTo(1);
            if (countOrganizations(run + "-bad") == 1) {
                // Decoded leniently: each invalid byte became a replacement character, nothing of it remains.
                String stored = okJson("/api/v1/organizations/" + organizationId(run + "-bad"), ADMIN_TOKEN)
                        .path("description")
                        .path("de")
                        .asString();
                assertThat(stored).contains("\uFFFD").doesNotContain("\u00c3");
            }
        } else {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void behindTlsResponsesCarryHsts() throws Exception {
        MvcResult secure = mvc.perform(get("/").secure(true)).andReturn();
        assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
        MvcResult plain = mvc.perform(get("/")).andReturn();
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security"))
                .as("HSTS over plain HTTP would be ignored and says nothing")
                .isNull();
    }

    /** An organization with the input in every text field the contract and the profile have. */
    private Map<String, Object> hostile(String externalId, String input) {
        Map<String, Object> organization = organization(externalId, "Feindlich " + input, network);
        organization.put("visibility", "NETWORK_OFFICE");
        organization.put(
                "address", Map.of("street", input, "postalCode", "24939", "city", "Flensburg", "country", "DE"));
        organization.put("description", Map.of("de", input, "en", input));
        organization.put("competences", List.of(input));
        organization.put("offers", List.of(Map.of("title", input, "description", input)));
        organization.put("needs", List.of(Map.of("title", input, "description", input)));
        organization.put(
                "contacts",
                List.of(Map.of(
                        "firstName",
                        "Fritz",
                        "lastName",
                        input,
                        "role",
                        input,
                        "email",
                        "fritz@feind.example",
                        "topics",
                        List.of(input))));
        organization.put("certifications", List.of(input));
        organization.put("references", List.of(Map.of("title", input, "description", input, "customer", input)));
        organization.put("machinery", List.of(Map.of("kind", input, "details", input)));
        return organization;
    }

    private static boolean couldBeMarkup(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return input.contains("<")
                || input.contains("\"")
                || input.contains("'")
                || input.contains("&")
                || lower.contains("javascript:")
                || lower.contains("data:")
                || lower.contains("{{")
                || lower.contains("${")
                || lower.contains("*{")
                || lower.contains("#{");
    }

    /** Markup that would run or load something: must never come from data. */
    private static List<String> unsafeMarkup(int index, String html) {
        List<String> problems = new ArrayList<>();
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")
                    && !element.hasAttr("src")
                    && !"application/ld+json".equals(element.attr("type"))) {
                problems.add(index + ": inline script " + abbreviate(element.outerHtml()));
            }
            if (tag.equals("script")
                    && "application/ld+json".equals(element.attr("type"))
                    && element.data().toLowerCase(Locale.ROOT).contains("</script")) {
                problems.add(index + ": JSON-LD closes its script " + abbreviate(element.data()));
            }
            if (List.of("iframe", "object", "embed", "base", "svg", "math", "xss", "marquee", "isindex", "keygen")
                    .contains(tag)) {
                problems.add(index + ": element " + tag);
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add(index + ": meta " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(index + ": event handler " + name + " on " + tag);
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && (value.startsWith("javascript:")
                                || value.startsWith("vbscript:")
                                || value.startsWith("data:text/html"))) {
                    problems.add(index + ": " + name + "=" + abbreviate(value));
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("javascript:"))) {
                    problems.add(index + ": style " + abbreviate(value));
                }
            }
        }
        return problems;
    }

    /** The characters a reader sees: without control characters, unpaired surrogates and surrounding blanks. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        // An unpaired surrogate cannot be encoded in UTF-8: the request carries "?" for it, and that may come back.
        text.codePoints()
                .map(cp -> Character.getType(cp) == Character.SURROGATE || cp == 0xFFFD ? '?' : cp)
                .filter(cp ->
                        !Character.isISOControl(cp) && cp != 0xFFFE && cp != 0xFFFF && cp != 0x2028 && cp != 0x2029)
                .forEach(out::appendCodePoint);
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
