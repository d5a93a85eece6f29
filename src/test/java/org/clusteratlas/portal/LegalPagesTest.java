package org.clusteratlas.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;

class LegalPagesTest extends AtlasPageTest {

    @Test
    void theAdminWritesThePrivacyPolicyInBothLanguagesAndVisitorsReadItEscaped() throws Exception {
        mvc.perform(post("/admin/pages/privacy")
                .with(signedIn(ADMIN))
                .with(csrf())
                .param("contentDe", "Verantwortlich ist die Geschäftsstelle.\n\n<b>Kein HTML</b>")
                .param("contentEn", "The network office is responsible."));

        String german = html(getAs("/datenschutz?lang=de", null));
        assertThat(german).contains("Verantwortlich ist die Geschäftsstelle.", "&lt;b&gt;Kein HTML&lt;/b&gt;");
        assertThat(html(getAs("/datenschutz?lang=en", null))).contains("The network office is responsible.");
    }

    @Test
    void aPageNotWrittenYetSaysSoInsteadOfShowingInventedText() throws Exception {
        jdbc.update("delete from site_page where slug = 'imprint'");

        assertThat(html(getAs("/impressum?lang=de", null))).contains("noch nicht hinterlegt");
    }

    @Test
    void onlyPlatformAdminsEditThePages() throws Exception {
        var response = mvc.perform(post("/admin/pages/imprint")
                        .with(signedIn(office("metall-kl")))
                        .with(csrf())
                        .param("contentDe", "Gekapert"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(html(getAs("/impressum", null))).doesNotContain("Gekapert");
    }
}
