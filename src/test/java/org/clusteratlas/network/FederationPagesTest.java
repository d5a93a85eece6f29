package org.clusteratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FederationPagesTest extends AtlasPageTest {

    @Autowired
    Networks networks;

    @Test
    void adminCreatesAFederationOfTwoNetworksAndChangesItsMembers() throws Exception {
        String slug = unique("fed");
        var created = mvc.perform(post("/admin/federations")
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("slug", slug)
                        .param("nameDe", "Kompetenzatlas Test")
                        .param("nameEn", "Competence atlas test")
                        .param("networks", "metall-kl", "it-rhein-neckar"))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/n/" + slug);
        assertThat(networks.findFederation(slug).orElseThrow().networks())
                .containsExactly("it-rhein-neckar", "metall-kl");
        assertThat(html(mvc.perform(get("/n/" + slug)).andReturn())).contains("Kompetenzatlas Test");

        mvc.perform(post("/admin/federations/" + slug + "/edit")
                .with(signedIn(ADMIN))
                .with(csrf())
                .param("slug", slug)
                .param("nameDe", "Kompetenzatlas Test")
                .param("networks", "metall-kl"));
        assertThat(networks.findFederation(slug).orElseThrow().networks()).containsExactly("metall-kl");
    }

    @Test
    void anUnknownMemberNetworkIsAValidationErrorAtItsIndex() throws Exception {
        var result = mvc.perform(post("/api/v1/federations")
                        .with(bearer(ADMIN_TOKEN))
                        .contentType("application/json")
                        .content("{\"slug\":\"" + unique("fed") + "\",\"name\":{\"de\":\"X\"},"
                                + "\"networks\":[\"metall-kl\",\"gibt-es-nicht\"]}"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).get("errors").get(0).get("field").asString()).isEqualTo("networks[1]");
    }

    @Test
    void aTakenSlugOrAMissingNameIsShownAtTheFieldAndOnlyAdminsMayCreate() throws Exception {
        var taken = mvc.perform(post("/admin/federations")
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("slug", "metall-kl")
                        .param("nameDe", "Doppelt"))
                .andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(taken)).contains("bereits vergeben");

        var unnamed = mvc.perform(post("/admin/federations")
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("slug", unique("fed")))
                .andReturn();
        assertThat(html(unnamed)).contains("mindestens auf Deutsch oder auf Englisch");

        assertThat(mvc.perform(get("/admin/federations/new").with(signedIn(office("metall-kl"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
