package org.clusteratlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class ConceptAdminPagesTest extends AtlasPageTest {

    @Test
    void adminCreatesEditsAndDeletesAConceptThatSuggestionsFindAtOnce() throws Exception {
        String german = "Glasfaserspleißen " + UUID.randomUUID().toString().substring(0, 6);
        String english = "Fibre splicing " + UUID.randomUUID().toString().substring(0, 6);

        MvcResult created = mvc.perform(post("/admin/taxonomy/concepts")
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("prefLabelDe", german)
                        .param("prefLabelEn", english)
                        .param("altLabelsDe", "LWL-Spleißen " + german.substring(german.length() - 6))
                        .param("broaderUri", "https://clusteratlas.org/taxonomy/competences/it-software"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);

        String uri =
                jdbc.queryForObject("select uri from taxonomy_concept where pref_label_de = ?", String.class, german);
        assertThat(uri).startsWith("https://clusteratlas.org/taxonomy/competences/fibre-splicing");
        assertThat(body(getAs("/api/v1/taxonomy/concepts?q=LWL-Splei&lang=de", null))
                        .toString())
                .contains(english);

        UUID id = jdbc.queryForObject("select id from taxonomy_concept where uri = ?", UUID.class, uri);
        MvcResult edited = mvc.perform(post("/admin/taxonomy/concepts/" + id)
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("prefLabelDe", german)
                        .param("prefLabelEn", english + " work"))
                .andReturn();
        assertThat(edited.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select pref_label_en from taxonomy_concept where id = ?", String.class, id))
                .isEqualTo(english + " work");

        MvcResult deleted = mvc.perform(post("/admin/taxonomy/concepts/" + id + "/delete")
                        .with(signedIn(ADMIN))
                        .with(csrf()))
                .andReturn();
        assertThat(deleted.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from taxonomy_concept where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aLabelOfAnotherConceptIsShownAsAnErrorAndNothingIsStored() throws Exception {
        long before = jdbc.queryForObject("select count(*) from taxonomy_concept", Long.class);

        MvcResult result = mvc.perform(post("/admin/taxonomy/concepts")
                        .with(signedIn(ADMIN))
                        .with(csrf())
                        .param("prefLabelDe", "Laserschneiden")
                        .param("prefLabelEn", "Something new " + UUID.randomUUID()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("gehört schon zum Begriff");
        assertThat(jdbc.queryForObject("select count(*) from taxonomy_concept", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aConceptWithNarrowerConceptsCannotBeDeleted() throws Exception {
        UUID top = jdbc.queryForObject(
                "select id from taxonomy_concept where uri = 'https://clusteratlas.org/taxonomy/competences/it-software'",
                UUID.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from taxonomy_broader where broader_id = ?", Integer.class, top))
                .as("narrower concepts of it-software")
                .isPositive();

        mvc.perform(post("/admin/taxonomy/concepts/" + top + "/delete")
                .with(signedIn(ADMIN))
                .with(csrf()));

        assertThat(jdbc.queryForObject("select count(*) from taxonomy_concept where id = ?", Integer.class, top))
                .isEqualTo(1);
    }

    @Test
    void onlyPlatformAdminsEditTheTaxonomy() throws Exception {
        assertThat(mvc.perform(get("/admin/taxonomy/concepts/new").with(signedIn(office("metall-kl"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/taxonomy").with(signedIn(ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
