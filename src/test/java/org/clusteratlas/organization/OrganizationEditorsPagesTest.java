package org.clusteratlas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;

class OrganizationEditorsPagesTest extends AtlasPageTest {

    @Test
    void theOfficeMakesARegisteredPersonEditorWhoThenEditsTheProfile() throws Exception {
        String externalId = unique("ed");
        importLines(
                ADMIN_TOKEN,
                List.of("{\"externalId\":\"" + externalId
                        + "\",\"networks\":[\"metall-kl\"],\"name\":\"Editor " + externalId
                        + "\",\"kind\":\"COMPANY\"}"));
        UUID id = organizationId(externalId);
        String slug = jdbc.queryForObject("select slug from organization where id = ?", String.class, id);
        String email = externalId + "@editor.example";
        UUID account = accounts.ensureVerifiedAccount(email, "Neue Redakteurin", DEMO_PASSWORD, false);

        assertThat(mvc.perform(get("/o/" + slug + "/edit").with(signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        mvc.perform(post("/o/" + slug + "/editors")
                .with(signedIn(office("metall-kl")))
                .with(csrf())
                .param("email", email));

        assertThat(accounts.organizationEditors(id)).extracting(a -> a.email()).containsExactly(email);
        assertThat(mvc.perform(get("/o/" + slug + "/edit").with(signedIn(email)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(html(mvc.perform(get("/o/" + slug).with(signedIn(office("metall-kl"))))
                        .andReturn()))
                .contains("Neue Redakteurin");

        mvc.perform(post("/o/" + slug + "/editors/" + account + "/remove")
                .with(signedIn(office("metall-kl")))
                .with(csrf()));
        assertThat(accounts.organizationEditors(id)).isEmpty();
    }

    @Test
    void anUnknownAddressIsReportedAndOnlyTheOfficeManagesEditors() throws Exception {
        String slug = "kettering-softwarehaus-gmbh";
        var unknown = mvc.perform(post("/o/" + slug + "/editors")
                        .with(signedIn(office("it-westpfalz")))
                        .with(csrf())
                        .param("email", "niemand-" + UUID.randomUUID() + "@nowhere.example"))
                .andReturn();
        assertThat(unknown.getFlashMap().get("editorError")).isEqualTo("network.staff.unknown-account");

        var byEditor = mvc.perform(post("/o/" + slug + "/editors")
                        .with(signedIn(EDITOR))
                        .with(csrf())
                        .param("email", MEMBER))
                .andReturn();
        assertThat(byEditor.getResponse().getStatus()).isEqualTo(403);
    }
}
