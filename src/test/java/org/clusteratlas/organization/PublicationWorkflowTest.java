package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The approval workflow of networks that want editors' changes checked: an editor's change waits for the office,
 * which approves or rejects it (with a reason mailed to the editor); the office's own changes, and editors' changes in
 * networks without approval, apply at once.
 */
class PublicationWorkflowTest extends AtlasPageTest {

    private static final String ORIGINAL_DESCRIPTION = "Ursprüngliche Beschreibung des Profils.";

    @Autowired
    private Networks networks;

    /** A network of its own with an office account, an organization in it and an editor account of that. */
    private record Setup(
            String network, String office, String editor, UUID editorId, UUID id, String slug, String externalId) {}

    /** Creates the network through the API as platform admin, with or without the approval step. */
    private String createNetwork(Boolean editsRequireApproval) throws Exception {
        String slug = unique("freigabe");
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("slug", slug);
        command.put("name", Map.of("de", "Freigabenetz " + slug, "en", "Approval network " + slug));
        command.put("region", "Westpfalz");
        if (editsRequireApproval != null) {
            command.put("editsRequireApproval", editsRequireApproval);
        }
        MvcResult result = mvc.perform(postJson("/api/v1/networks", command).with(bearer(ADMIN_TOKEN)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("network creation, body %s", result.getResponse().getContentAsString())
                .isEqualTo(201);
        return slug;
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow();
    }

    private Setup setUp(boolean approval) throws Exception {
        String network = createNetwork(approval);
        assertThat(network(network).editsRequireApproval())
                .as("the API accepted editsRequireApproval")
                .isEqualTo(approval);
        return setUpIn(network);
    }

    private Setup setUpIn(String network) throws Exception {
        String office = unique("buero") + "@freigabe.example";
        UUID officeId = accounts.ensureVerifiedAccount(office, "Bea Büro", DEMO_PASSWORD, false);
        accounts.assignNetworkRole(officeId, network(network).id(), NetworkRole.MANAGER);

        String externalId = unique("freigabe-org");
        JsonNode imported = importLines(ADMIN_TOKEN, List.of(toJson(data(externalId, network, ORIGINAL_DESCRIPTION))));
        assertThat(imported.path("created").asInt()).as("import %s", imported).isEqualTo(1);
        UUID id = organizationId(externalId);
        String slug = jdbc.queryForObject("select slug from organization where id = ?", String.class, id);

        String editor = unique("redaktion") + "@freigabe.example";
        UUID editorId = accounts.ensureVerifiedAccount(editor, "Rita Redaktion", DEMO_PASSWORD, false);
        accounts.assignOrganizationEditor(editorId, id);
        return new Setup(network, office, editor, editorId, id, slug, externalId);
    }

    private static Map<String, Object> data(String externalId, String network, String descriptionDe) {
        Map<String, Object> organization = organization(externalId, "Freigabewerk " + externalId, network);
        organization.put("description", Map.of("de", descriptionDe));
        organization.put("website", "https://freigabewerk.example");
        return organization;
    }

    private MvcResult putAs(String email, Setup setup, Map<String, Object> data) throws Exception {
        return mvc.perform(put("/api/v1/organizations/" + setup.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(data))
                        .with(bearer(tokenFor(email))))
                .andReturn();
    }

    /** The editor sends a changed German description; returns the response body, which must be 200. */
    private JsonNode editorSubmits(Setup setup, String description) throws Exception {
        MvcResult result = putAs(setup.editor(), setup, data(setup.externalId(), setup.network(), description));
        assertThat(result.getResponse().getStatus())
                .as("editor PUT, body %s", result.getResponse().getContentAsString())
                .isEqualTo(200);
        return body(result);
    }

    private String publicDescription(Setup setup) throws Exception {
        MvcResult result = getAs("/api/v1/organizations/" + setup.id(), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return body(result).path("description").path("de").asString();
    }

    private List<String> revisionActions(Setup setup) {
        return jdbc.queryForList(
                "select action from organization_revision where organization_id = ? order by changed_at, action",
                String.class,
                setup.id());
    }

    private int pendingChanges(Setup setup) {
        Integer count = jdbc.queryForObject(
                "select count(*) from organization_pending_change where organization_id = ?",
                Integer.class,
                setup.id());
        return count == null ? 0 : count;
    }

    private MvcResult officePost(Setup setup, String action, String reason) throws Exception {
        var request = post("/o/" + setup.slug() + "/" + action).with(csrf()).with(signedIn(setup.office()));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    // --- the approval round trip ---

    @Test
    void editorsChangeWaitsForTheOfficeAndBecomesVisibleWhenApproved() throws Exception {
        Setup setup = setUp(true);
        String changed = "Geänderte Beschreibung " + unique("text");

        JsonNode response = editorSubmits(setup, changed);

        assertThat(response.path("pendingChange").asBoolean()).isTrue();
        assertThat(response.path("description").path("de").asString()).isEqualTo(ORIGINAL_DESCRIPTION);
        assertThat(publicDescription(setup)).isEqualTo(ORIGINAL_DESCRIPTION);
        assertThat(html(mvc.perform(get("/o/" + setup.slug())).andReturn())).doesNotContain(changed);
        assertThat(revisionActions(setup)).contains("SUBMITTED").doesNotContain("APPROVED");
        assertThat(jdbc.queryForObject(
                        "select changed_fields from organization_revision where organization_id = ? "
                                + "and action = 'SUBMITTED'",
                        String.class,
                        setup.id()))
                .contains("description");
        assertThat(pendingChanges(setup)).isEqualTo(1);

        Document review = page(mvc.perform(get("/organizations/review").with(signedIn(setup.office())))
                .andReturn());
        Element pendingList = review.getElementById("pending-list");
        assertThat(pendingList).as("the office's list of changes to review").isNotNull();
        assertThat(pendingList.select("a").eachAttr("href")).contains("/o/" + setup.slug());

        Document officeProfile = page(mvc.perform(get("/o/" + setup.slug()).with(signedIn(setup.office())))
                .andReturn());
        Element card = officeProfile.getElementById("pending-review");
        assertThat(card).as("the pending-review card on the profile").isNotNull();
        assertThat(card.text()).contains("Rita Redaktion");
        assertThat(card.select("form[action=/o/" + setup.slug() + "/approve]")).hasSize(1);
        assertThat(page(mvc.perform(get("/o/" + setup.slug())).andReturn()).getElementById("pending-review"))
                .as("anonymous visitors see no review card")
                .isNull();

        MvcResult approved = officePost(setup, "approve", null);

        assertThat(approved.getResponse().getStatus()).isEqualTo(302);
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/o/" + setup.slug());
        assertThat(publicDescription(setup)).isEqualTo(changed);
        assertThat(revisionActions(setup)).contains("APPROVED");
        assertThat(pendingChanges(setup)).isZero();
        assertThat(page(mvc.perform(get("/organizations/review").with(signedIn(setup.office())))
                                .andReturn())
                        .select("#pending-list a")
                        .eachAttr("href"))
                .doesNotContain("/o/" + setup.slug());
    }

    @Test
    void editorSeesThatTheirChangeWaits() throws Exception {
        Setup setup = setUp(true);
        editorSubmits(setup, "Wartende Beschreibung " + unique("text"));

        JsonNode asEditor = body(getAs("/api/v1/organizations/" + setup.id(), tokenFor(setup.editor())));
        Document editorProfile = page(mvc.perform(get("/o/" + setup.slug()).with(signedIn(setup.editor())))
                .andReturn());

        assertThat(asEditor.path("pendingChange").asBoolean()).isTrue();
        assertThat(editorProfile.text()).contains("Eine Änderung wartet auf die Freigabe durch die Geschäftsstelle.");
        assertThat(editorProfile.getElementById("pending-review"))
                .as("only the office reviews")
                .isNull();
        assertThat(body(getAs("/api/v1/organizations/" + setup.id(), null))
                        .path("pendingChange")
                        .asBoolean())
                .as("anonymous callers are not told about waiting changes")
                .isFalse();
    }

    @Test
    void officeRejectsWithAReasonAndTheEditorIsToldByMail() throws Exception {
        Setup setup = setUp(true);
        String changed = "Abzulehnende Beschreibung " + unique("text");
        String reason = "Bitte keine Werbeaussagen " + unique("grund");
        editorSubmits(setup, changed);

        MvcResult rejected = officePost(setup, "reject", reason);

        assertThat(rejected.getResponse().getStatus()).isEqualTo(302);
        assertThat(publicDescription(setup)).isEqualTo(ORIGINAL_DESCRIPTION);
        assertThat(pendingChanges(setup)).isZero();
        assertThat(revisionActions(setup)).contains("REJECTED").doesNotContain("APPROVED");
        assertThat(jdbc.queryForObject(
                        "select changed_fields from organization_revision where organization_id = ? "
                                + "and action = 'REJECTED'",
                        String.class,
                        setup.id()))
                .isEqualTo(reason);
        List<String> mails = mailsTo(setup.editor());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains(reason).contains("Freigabewerk " + setup.externalId());
    }

    @Test
    void secondRoundAfterAnApprovalCanBeRejected() throws Exception {
        Setup setup = setUp(true);
        String first = "Erste Runde " + unique("text");
        editorSubmits(setup, first);
        assertThat(officePost(setup, "approve", null).getResponse().getStatus()).isEqualTo(302);
        assertThat(publicDescription(setup)).isEqualTo(first);

        JsonNode second = editorSubmits(setup, "Zweite Runde " + unique("text"));
        assertThat(second.path("pendingChange").asBoolean()).isTrue();
        assertThat(officePost(setup, "reject", "Zu lang").getResponse().getStatus())
                .isEqualTo(302);

        assertThat(publicDescription(setup)).isEqualTo(first);
        assertThat(revisionActions(setup)).filteredOn("SUBMITTED"::equals).hasSize(2);
        assertThat(revisionActions(setup)).contains("APPROVED", "REJECTED");
        assertThat(mailsTo(setup.editor())).singleElement().asString().contains("Zu lang");
    }

    @Test
    void rejectingWithoutAReasonRejectsNothing() throws Exception {
        Setup setup = setUp(true);
        editorSubmits(setup, "Ohne Begründung " + unique("text"));

        MvcResult blank = officePost(setup, "reject", "   ");
        MvcResult missing = officePost(setup, "reject", null);

        assertThat(blank.getResponse().getStatus()).isEqualTo(302);
        assertThat(missing.getResponse().getStatus()).isEqualTo(302);
        assertThat(blank.getFlashMap().get("rejectReasonMissing")).isEqualTo(true);
        assertThat(pendingChanges(setup)).as("the change still waits").isEqualTo(1);
        assertThat(revisionActions(setup)).doesNotContain("REJECTED");
        assertThat(mailsTo(setup.editor())).isEmpty();
        assertThat(publicDescription(setup)).isEqualTo(ORIGINAL_DESCRIPTION);
    }

    @Test
    void editorCannotApproveTheirOwnChange() throws Exception {
        Setup setup = setUp(true);
        editorSubmits(setup, "Selbst freigegeben " + unique("text"));

        MvcResult result = mvc.perform(
                        post("/o/" + setup.slug() + "/approve").with(csrf()).with(signedIn(setup.editor())))
                .andReturn();
        MvcResult reject = mvc.perform(post("/o/" + setup.slug() + "/reject")
                        .param("reason", "selbst abgelehnt")
                        .with(csrf())
                        .with(signedIn(setup.editor())))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(reject.getResponse().getStatus()).isEqualTo(403);
        assertThat(pendingChanges(setup)).isEqualTo(1);
        assertThat(publicDescription(setup)).isEqualTo(ORIGINAL_DESCRIPTION);
        assertThat(revisionActions(setup)).doesNotContain("APPROVED", "REJECTED");
    }

    @Test
    void approvingWithoutAWaitingChangeIsNotFound() throws Exception {
        Setup setup = setUp(true);

        assertThat(officePost(setup, "approve", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(revisionActions(setup)).doesNotContain("APPROVED");
    }

    // --- changes that apply at once ---

    @Test
    void officesOwnChangeAppliesAtOnce() throws Exception {
        Setup setup = setUp(true);
        String changed = "Vom Büro geändert " + unique("text");

        MvcResult result = putAs(setup.office(), setup, data(setup.externalId(), setup.network(), changed));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result).path("pendingChange").asBoolean()).isFalse();
        assertThat(publicDescription(setup)).isEqualTo(changed);
        assertThat(pendingChanges(setup)).isZero();
        assertThat(revisionActions(setup)).contains("UPDATED").doesNotContain("SUBMITTED");
    }

    @Test
    void editorsChangeAppliesAtOnceInANetworkWithoutApproval() throws Exception {
        Setup setup = setUp(false);
        String changed = "Direkt geändert " + unique("text");

        JsonNode response = editorSubmits(setup, changed);

        assertThat(response.path("pendingChange").asBoolean()).isFalse();
        assertThat(response.path("description").path("de").asString()).isEqualTo(changed);
        assertThat(publicDescription(setup)).isEqualTo(changed);
        assertThat(pendingChanges(setup)).isZero();
        assertThat(revisionActions(setup)).contains("UPDATED").doesNotContain("SUBMITTED");
    }

    @Test
    void newNetworkWithoutTheSettingTakesEditorsChangesDirectly() throws Exception {
        String network = createNetwork(null);

        assertThat(network(network).editsRequireApproval()).isFalse();
    }

    @Test
    void officeTurnsTheApprovalStepOnInTheNetworkForm() throws Exception {
        String network = createNetwork(false);
        Setup setup = setUpIn(network);
        Element form = page(mvc.perform(get("/n/" + network + "/edit").with(signedIn(setup.office())))
                        .andReturn())
                .selectFirst("form[method=post]:has(input[name=editsRequireApproval])");
        assertThat(form).as("the network form with the approval checkbox").isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        set(values, "editsRequireApproval", "true");

        MvcResult saved = mvc.perform(post("/n/" + network + "/edit")
                        .with(params(values))
                        .with(csrf())
                        .with(signedIn(setup.office())))
                .andReturn();

        assertThat(saved.getResponse().getStatus()).as("body %s", html(saved)).isEqualTo(302);
        assertThat(network(network).editsRequireApproval()).isTrue();
        JsonNode response = editorSubmits(setup, "Nun mit Freigabe " + unique("text"));
        assertThat(response.path("pendingChange").asBoolean()).isTrue();
        assertThat(publicDescription(setup)).isEqualTo(ORIGINAL_DESCRIPTION);
    }

    @Test
    void officesOwnEditWhileAChangeWaitsIsNotOverwrittenByApprovingTheOlderChange() throws Exception {
        Setup setup = setUp(true);
        editorSubmits(setup, "Ältere Redaktionsänderung " + unique("text"));
        Map<String, Object> officeChange = data(setup.externalId(), setup.network(), ORIGINAL_DESCRIPTION);
        officeChange.put("website", "https://neu-vom-buero.example");
        assertThat(putAs(setup.office(), setup, officeChange).getResponse().getStatus())
                .isEqualTo(200);

        if (pendingChanges(setup) > 0) {
            assertThat(officePost(setup, "approve", null).getResponse().getStatus())
                    .isEqualTo(302);
        }

        assertThat(body(getAs("/api/v1/organizations/" + setup.id(), null))
                        .path("website")
                        .asString())
                .as("the office's newer change survives the editor's older one")
                .isEqualTo("https://neu-vom-buero.example");
    }

    @Test
    void editorWhoRunsAnotherNetworksOfficeCannotBypassTheApprovalThroughTheImport() throws Exception {
        Setup setup = setUp(true);
        String otherNetwork = createNetwork(false);
        accounts.assignNetworkRole(setup.editorId(), network(otherNetwork).id(), NetworkRole.MANAGER);
        String changed = "Am Büro vorbei importiert " + unique("text");

        JsonNode result = importLines(
                tokenFor(setup.editor()), List.of(toJson(data(setup.externalId(), setup.network(), changed))));

        assertThat(publicDescription(setup))
                .as("import result %s: the editor is no office of this organization's network", result)
                .isEqualTo(ORIGINAL_DESCRIPTION);
    }
}
