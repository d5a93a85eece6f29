package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.identity.RunAs;
import org.clusteratlas.organization.internal.ProfileReminders;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * How complete a profile is (score, hints, the office's list of the weakest profiles), and the reminders to the
 * editors of profiles nobody has changed for a year.
 */
class ProfileCompletenessAndRemindersTest extends AtlasPageTest {

    private static final String NETWORK = "metall-kl";
    private static final Duration MORE_THAN_A_YEAR = Duration.ofDays(400);

    @Autowired
    private Organizations organizations;

    @Autowired
    private RunAs runAs;

    @Autowired
    private ProfileReminders reminders;

    @Autowired
    private MessageSource messages;

    private UUID importOrganization(Map<String, Object> organization) throws Exception {
        JsonNode result = importLines(ADMIN_TOKEN, List.of(toJson(organization)));
        assertThat(result.path("created").asInt()).as("import %s", result).isEqualTo(1);
        return organizationId((String) organization.get("externalId"));
    }

    private String slugOf(UUID id) {
        return jdbc.queryForObject("select slug from organization where id = ?", String.class, id);
    }

    private Completeness completenessAsOffice(String officeEmail, UUID id) {
        return runAs.runAs(accountId(officeEmail), () -> organizations.completeness(id));
    }

    private void putAsAdmin(UUID id, Map<String, Object> organization) throws Exception {
        MvcResult result = mvc.perform(put("/api/v1/organizations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(organization))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("PUT, body %s", result.getResponse().getContentAsString())
                .isEqualTo(200);
    }

    /** The profile with both descriptions, three competences, an offer and a contact with email added. */
    private static Map<String, Object> richer(Map<String, Object> minimal) {
        Map<String, Object> organization = new LinkedHashMap<>(minimal);
        organization.put("description", Map.of("de", "Lohnfertiger für Blechteile.", "en", "Sheet metal parts."));
        organization.put("competences", List.of("Laserschneiden", "Kanten", "Schweißen"));
        organization.put("offers", List.of(Map.of("title", "Blechzuschnitt")));
        organization.put("contacts", List.of(Map.of("lastName", "Kontakt", "email", "kontakt@vollwerk.example")));
        return organization;
    }

    private String german(String key) {
        return messages.getMessage(key, null, Locale.GERMAN);
    }

    // --- completeness ---

    @Test
    void minimalProfileHasALowScoreAndHintsForWhatIsMissing() throws Exception {
        UUID id = importOrganization(organization(unique("minimal"), "Minimalwerk " + unique("n"), NETWORK));

        Completeness completeness = completenessAsOffice(office(NETWORK), id);

        assertThat(completeness.score()).isLessThanOrEqualTo(20);
        assertThat(completeness.hints())
                .contains(
                        "completeness.hint.description-de",
                        "completeness.hint.description-en",
                        "completeness.hint.competences",
                        "completeness.hint.offers",
                        "completeness.hint.contact")
                .doesNotContain("completeness.hint.address");
    }

    @Test
    void descriptionsCompetencesOfferAndContactRaiseTheScoreAndTheirHintsDisappear() throws Exception {
        Map<String, Object> minimal = organization(unique("vollwerk"), "Vollwerk " + unique("n"), NETWORK);
        UUID id = importOrganization(minimal);
        int before = completenessAsOffice(office(NETWORK), id).score();

        putAsAdmin(id, richer(minimal));
        Completeness after = completenessAsOffice(office(NETWORK), id);

        assertThat(after.score()).isGreaterThan(before);
        assertThat(after.score() - before)
                .as("two descriptions, three competences, an offer and a contact are weighted 60 together")
                .isEqualTo(60);
        assertThat(after.hints())
                .doesNotContain(
                        "completeness.hint.description-de",
                        "completeness.hint.description-en",
                        "completeness.hint.competences",
                        "completeness.hint.offers",
                        "completeness.hint.contact")
                .contains("completeness.hint.website", "completeness.hint.founding-year");
    }

    @Test
    void profilePageShowsTheOfficeTheScoreAndTheHints() throws Exception {
        UUID id = importOrganization(organization(unique("hinweis"), "Hinweiswerk " + unique("n"), NETWORK));
        Completeness completeness = completenessAsOffice(office(NETWORK), id);

        Document page = page(mvc.perform(get("/o/" + slugOf(id)).with(signedIn(office(NETWORK))))
                .andReturn());
        Element card = page.getElementById("completeness");

        assertThat(card).as("the completeness card").isNotNull();
        assertThat(card.select("progress").attr("value")).isEqualTo(String.valueOf(completeness.score()));
        assertThat(card.select("li").eachText())
                .containsExactlyElementsOf(
                        completeness.hints().stream().map(this::german).toList());
        assertThat(page(mvc.perform(get("/o/" + slugOf(id))).andReturn()).getElementById("completeness"))
                .as("anonymous visitors see no completeness card")
                .isNull();
    }

    @Test
    void completenessIsNotForMembers() throws Exception {
        UUID id = importOrganization(organization(unique("fremd"), "Fremdwerk " + unique("n"), NETWORK));

        assertThatThrownBy(() -> completenessAsOffice(MEMBER, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void storedScoreInListsIsTheScoreOfTheProfileAsSaved() throws Exception {
        String name = "Leerzeichenwerk " + unique("n");
        Map<String, Object> organization = organization(unique("blank"), name, NETWORK);
        organization.put("description", Map.of("de", "   ", "en", " "));
        organization.put("competences", List.of("Fräsen", "Fräsen", "Fräsen"));
        UUID id = importOrganization(organization);

        Completeness completeness = completenessAsOffice(office(NETWORK), id);
        JsonNode listed = body(mvc.perform(
                                get("/api/v1/organizations").param("q", name).with(bearer(tokenFor(office(NETWORK)))))
                        .andReturn())
                .path("items")
                .get(0);

        assertThat(listed.path("completeness").asInt())
                .as("the score the office's lists sort by")
                .isEqualTo(completeness.score());
    }

    @Test
    void reviewPageListsTheWeakestProfilesOfTheOfficesNetworkFirst() throws Exception {
        String network = unique("vollstaendig");
        MvcResult created = mvc.perform(postJson(
                                "/api/v1/networks", Map.of("slug", network, "name", Map.of("de", "Netz " + network)))
                        .with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID networkId = jdbc.queryForObject("select id from network where slug = ?", UUID.class, network);
        String officeEmail = unique("buero") + "@vollstaendig.example";
        accounts.assignNetworkRole(
                accounts.ensureVerifiedAccount(officeEmail, "Vera Vollständig", DEMO_PASSWORD, false),
                networkId,
                NetworkRole.MANAGER);
        Map<String, Object> rich = richer(organization(unique("reich"), "A Reich " + unique("n"), network));
        Map<String, Object> minimal = organization(unique("arm"), "B Arm " + unique("n"), network);
        Map<String, Object> middle = organization(unique("mittel"), "C Mittel " + unique("n"), network);
        middle.put("description", Map.of("de", "Etwas Text."));
        middle.put("website", "https://mittel.example");
        String richSlug = slugOf(importOrganization(rich));
        String minimalSlug = slugOf(importOrganization(minimal));
        String middleSlug = slugOf(importOrganization(middle));

        Document review = page(mvc.perform(get("/organizations/review").with(signedIn(officeEmail)))
                .andReturn());
        List<Element> rows = review.select("table tbody tr");

        assertThat(rows)
                .extracting(row -> row.selectFirst("a").attr("href"))
                .containsExactly("/o/" + minimalSlug, "/o/" + middleSlug, "/o/" + richSlug);
        List<Integer> scores = rows.stream()
                .map(row -> Integer.parseInt(
                        row.select("td").get(1).text().replace("%", "").strip()))
                .toList();
        assertThat(scores).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void reviewPageOfADemoOfficeShowsScoresInAscendingOrder() throws Exception {
        Document review = page(mvc.perform(get("/organizations/review").with(signedIn(office(NETWORK))))
                .andReturn());

        List<Integer> scores = review.select("table tbody tr").stream()
                .map(row -> Integer.parseInt(
                        row.select("td").get(1).text().replace("%", "").strip()))
                .toList();

        assertThat(scores).isNotEmpty().isSorted();
        assertThat(scores).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void reviewPageIsForbiddenForMembers() throws Exception {
        assertThat(mvc.perform(get("/organizations/review").with(signedIn(MEMBER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    // --- reminders ---

    private void age(UUID id, Instant updatedAt, Instant remindedAt) {
        jdbc.update(
                "update organization set updated_at = ?, reminded_at = ? where id = ?",
                updatedAt.atOffset(ZoneOffset.UTC),
                remindedAt == null ? null : remindedAt.atOffset(ZoneOffset.UTC),
                id);
    }

    private Instant remindedAt(UUID id) {
        OffsetDateTime reminded =
                jdbc.queryForObject("select reminded_at from organization where id = ?", OffsetDateTime.class, id);
        return reminded == null ? null : reminded.toInstant();
    }

    @Test
    void staleProfileRemindsItsEditorOnceWithTheEditLink() throws Exception {
        Map<String, Object> data = organization(unique("alt"), "Altwerk " + unique("n"), NETWORK);
        UUID id = importOrganization(data);
        String editor = unique("redaktion") + "@altwerk.example";
        accounts.assignOrganizationEditor(
                accounts.ensureVerifiedAccount(editor, "Olga Altwerk", DEMO_PASSWORD, false), id);
        age(id, Instant.now().minus(MORE_THAN_A_YEAR), null);

        int reminded = reminders.remindStaleProfiles();

        assertThat(reminded).isGreaterThanOrEqualTo(1);
        List<String> mails = mailsTo(editor);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains("http://localhost:8080/o/" + slugOf(id) + "/edit");
        assertThat(mails.getFirst()).contains((String) data.get("name"));
        assertThat(remindedAt(id)).isNotNull();

        reminders.remindStaleProfiles();

        assertThat(mailsTo(editor)).as("one reminder per change").hasSize(1);
    }

    @Test
    void staleProfileWithoutEditorRemindsItsContactPersons() throws Exception {
        String contact = unique("kontakt") + "@ohneredaktion.example";
        Map<String, Object> data = organization(unique("ohne"), "Ohneredaktion " + unique("n"), NETWORK);
        data.put("contacts", List.of(Map.of("firstName", "Karl", "lastName", "Kontakt", "email", contact)));
        UUID id = importOrganization(data);
        age(id, Instant.now().minus(MORE_THAN_A_YEAR), null);

        assertThat(reminders.remindStaleProfiles()).isGreaterThanOrEqualTo(1);

        assertThat(mailsTo(contact))
                .singleElement()
                .asString()
                .contains("/o/" + slugOf(id) + "/edit")
                .contains("Karl Kontakt");
    }

    @Test
    void profileChangedAfterTheReminderIsRemindedAgainOnceItIsStaleAgain() throws Exception {
        Map<String, Object> data = organization(unique("wieder"), "Wiederwerk " + unique("n"), NETWORK);
        UUID id = importOrganization(data);
        String editor = unique("redaktion") + "@wiederwerk.example";
        accounts.assignOrganizationEditor(
                accounts.ensureVerifiedAccount(editor, "Wilma Wieder", DEMO_PASSWORD, false), id);
        age(id, Instant.now().minus(MORE_THAN_A_YEAR), null);
        reminders.remindStaleProfiles();
        assertThat(mailsTo(editor)).hasSize(1);

        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.put("website", "https://wiederwerk.example");
        putAsAdmin(id, changed);
        Instant updated = jdbc.queryForObject(
                        "select updated_at from organization where id = ?", OffsetDateTime.class, id)
                .toInstant();
        Instant reminded = remindedAt(id);
        assertThat(updated).as("the change is newer than the reminder").isAfter(reminded);
        reminders.remindStaleProfiles();
        assertThat(mailsTo(editor)).as("a fresh change is not stale").hasSize(1);

        // A year passes: both moments move back in time together.
        age(id, updated.minus(MORE_THAN_A_YEAR), reminded.minus(MORE_THAN_A_YEAR));
        reminders.remindStaleProfiles();

        assertThat(mailsTo(editor)).hasSize(2);
    }

    @Test
    void recentlyChangedProfileIsNotReminded() throws Exception {
        UUID id = importOrganization(organization(unique("frisch"), "Frischwerk " + unique("n"), NETWORK));
        String editor = unique("redaktion") + "@frischwerk.example";
        accounts.assignOrganizationEditor(
                accounts.ensureVerifiedAccount(editor, "Frieda Frisch", DEMO_PASSWORD, false), id);
        age(id, Instant.now().minus(Duration.ofDays(300)), null);

        reminders.remindStaleProfiles();

        assertThat(mailsTo(editor)).isEmpty();
        assertThat(remindedAt(id)).isNull();
    }
}
