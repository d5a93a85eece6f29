package org.clusteratlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/** The network pages: a network with its members, a federation, the admin's create form, edit, logo and staff. */
class NetworkPagesTest extends AtlasPageTest {

    private static final String METALL = "metall-kl";

    private MvcResult perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static List<String> linkedOrganizationSlugs(Document page) {
        return page.select("#results a[href^=/o/]").stream()
                .map(link -> link.attr("href").substring("/o/".length()))
                .toList();
    }

    private String slugOf(String externalId) {
        return jdbc.queryForObject("select slug from organization where external_id = ?", String.class, externalId);
    }

    // --- public pages ---

    @Test
    void networkPageShowsTheNetworkWithItsMembers() throws Exception {
        MvcResult result = perform(get("/n/" + METALL));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("h1").text()).isEqualTo("Metall-Cluster Kaiserslautern");
        assertThat(linkedOrganizationSlugs(page)).isNotEmpty();
        Integer publicMembers = jdbc.queryForObject(
                "select count(*) from organization o join organization_network onw on onw.organization_id = o.id "
                        + "join network n on n.id = onw.network_id where n.slug = ? and o.visibility = 'PUBLIC' "
                        + "and o.status = 'PUBLISHED'",
                Integer.class,
                METALL);
        assertThat(page.select("#results p.small").text()).contains(String.valueOf(publicMembers));
    }

    @Test
    void networkPageSearchFindsMembersOnlyOfThisNetwork() throws Exception {
        String member = slugOf("demo-mc-006");
        String outsider = slugOf("demo-it-003");

        Document withMember = page(perform(get("/n/" + METALL).param("q", "CNC-Frästechnik")));
        Document withOutsider = page(perform(get("/n/" + METALL).param("q", "Felsenland")));

        assertThat(linkedOrganizationSlugs(withMember)).containsExactly(member);
        assertThat(linkedOrganizationSlugs(withOutsider))
                .doesNotContain(outsider)
                .isEmpty();
    }

    @Test
    void networkPageHidesOfficeOnlyMembersFromAnonymousVisitors() throws Exception {
        String officeOnly = slugOf("demo-mc-017");

        Document anonymous = page(perform(get("/n/" + METALL).param("q", "Kowalski")));
        Document office =
                page(perform(get("/n/" + METALL).param("q", "Kowalski").with(signedIn(office(METALL)))));

        assertThat(linkedOrganizationSlugs(anonymous)).isEmpty();
        assertThat(linkedOrganizationSlugs(office)).containsExactly(officeOnly);
    }

    @Test
    void federationPageListsItsNetworks() throws Exception {
        MvcResult result = perform(get("/n/rlp"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("h1").text()).isEqualTo("Kompetenzatlas Rheinland-Pfalz");
        List<String> linked = page.select("main .list-group a[href^=/n/]").eachAttr("href");
        assertThat(linked).containsExactlyInAnyOrder("/n/it-westpfalz", "/n/metall-kl", "/n/lautern-impuls");
    }

    @Test
    void unknownNetworkIsTheNotFoundPage() throws Exception {
        MvcResult result = perform(get("/n/" + unique("unknown")));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(page(result).select("h1").text()).isEqualTo("Seite nicht gefunden");
    }

    // --- create (platform admin) ---

    /** The admin's "new network" form as a browser submits it, with these values typed in. */
    private MultiValueMap<String, String> newNetworkForm(String slug, String nameDe, String nameEn) throws Exception {
        MvcResult form = perform(get("/admin/networks/new").with(signedIn(ADMIN)));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        Element element = page(form).selectFirst("form[action=/admin/networks]");
        assertThat(element).isNotNull();
        MultiValueMap<String, String> values = formValues(element);
        set(values, "slug", slug);
        set(values, "nameDe", nameDe);
        set(values, "nameEn", nameEn);
        set(values, "region", "Westpfalz");
        return values;
    }

    private MvcResult createNetwork(MultiValueMap<String, String> values) throws Exception {
        return perform(post("/admin/networks").with(params(values)).with(csrf()).with(signedIn(ADMIN)));
    }

    private MvcResult createNetwork(String slug, String nameDe, String nameEn) throws Exception {
        return createNetwork(newNetworkForm(slug, nameDe, nameEn));
    }

    private int countNetworks(String slug) {
        Integer count = jdbc.queryForObject("select count(*) from network where slug = ?", Integer.class, slug);
        return count == null ? 0 : count;
    }

    @Test
    void adminCreatesANetworkAndIsSentToItsPage() throws Exception {
        String slug = unique("netz");

        MvcResult result = createNetwork(slug, "Testnetz " + slug, "Test network " + slug);

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/n/" + slug);
        Document page = page(perform(get("/n/" + slug)));
        assertThat(page.select("h1").text()).isEqualTo("Testnetz " + slug);
        assertThat(page.text()).contains("Westpfalz");
        Document english = page(perform(get("/n/" + slug).header("Accept-Language", "en")));
        assertThat(english.select("h1").text()).isEqualTo("Test network " + slug);
    }

    @Test
    void newNetworkFormIsForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/networks/new").with(signedIn(ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/admin/networks/new").with(signedIn(office(METALL)))).andExpect(status().isForbidden());
        String slug = unique("netz");
        mvc.perform(post("/admin/networks")
                        .param("slug", slug)
                        .param("nameDe", "Verboten")
                        .with(csrf())
                        .with(signedIn(office(METALL))))
                .andExpect(status().isForbidden());
        assertThat(countNetworks(slug)).isZero();
    }

    @Test
    void duplicateSlugRerendersTheFormWithTheTakenMessage() throws Exception {
        MvcResult result = createNetwork(METALL, "Doppelt", "Duplicate");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.getElementById("slug").hasClass("is-invalid")).isTrue();
        assertThat(page.select(".invalid-feedback").text())
                .contains("bereits vergeben")
                .contains(METALL);
        assertThat(countNetworks(METALL)).isEqualTo(1);
    }

    @Test
    void federationSlugIsTakenForNetworksToo() throws Exception {
        MvcResult result = createNetwork("rlp", "Doppelt", "Duplicate");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(result).select(".invalid-feedback").text()).contains("bereits vergeben");
        assertThat(countNetworks("rlp")).isZero();
    }

    @Test
    void invalidSlugIsAFieldError() throws Exception {
        MvcResult result = createNetwork("Bad Slug", "Schlechtes Kürzel", "Bad slug");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.getElementById("slug").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("slug").attr("value")).isEqualTo("Bad Slug");
        assertThat(page.select(".invalid-feedback").text()).contains("Kleinbuchstaben");
        assertThat(countNetworks("Bad Slug")).isZero();
    }

    @Test
    void missingNameIsAnErrorAtTheGermanName() throws Exception {
        String slug = unique("netz");

        MvcResult result = createNetwork(slug, " ", "");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.getElementById("nameDe").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("nameDe")
                        .parent()
                        .select(".invalid-feedback")
                        .text())
                .contains("mindestens auf Deutsch oder auf Englisch");
        assertThat(countNetworks(slug)).isZero();
    }

    @Test
    void malformedFormValueIsAFormErrorNotAServerError() throws Exception {
        String slug = unique("netz");
        MultiValueMap<String, String> values = newNetworkForm(slug, "", "");
        // a forged or outdated form: every field of the form bean gets a value it cannot take
        for (String field : List.of("editsRequireApproval", "federations[0]")) {
            values.add(field, "vielleicht");
        }

        MvcResult result = createNetwork(values);

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
        assertThat(countNetworks(slug)).isZero();
    }

    // --- edit and logo (office) ---

    @Test
    void officeEditsOnlyItsOwnNetwork() throws Exception {
        mvc.perform(get("/n/" + METALL + "/edit").with(signedIn(office(METALL))))
                .andExpect(status().isOk());
        mvc.perform(get("/n/it-westpfalz/edit").with(signedIn(office(METALL)))).andExpect(status().isForbidden());
        mvc.perform(get("/n/" + METALL + "/edit").with(signedIn(MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void officeCannotSaveAnotherNetwork() throws Exception {
        String before = jdbc.queryForObject("select region from network where slug = ?", String.class, "it-westpfalz");

        mvc.perform(post("/n/it-westpfalz/edit")
                        .param("slug", "it-westpfalz")
                        .param("nameDe", "Übernommen")
                        .param("region", "Anderswo")
                        .with(csrf())
                        .with(signedIn(office(METALL))))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select region from network where slug = ?", String.class, "it-westpfalz"))
                .isEqualTo(before);
    }

    /** The edit form of the network as the office would submit it, with the file attached. */
    private MockMultipartHttpServletRequestBuilder editWithLogo(MockMultipartFile logo) throws Exception {
        MvcResult form = perform(get("/n/" + METALL + "/edit").with(signedIn(office(METALL))));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        Element element = page(form).selectFirst("form[enctype=multipart/form-data]");
        assertThat(element).isNotNull();
        assertThat(element.select("input[type=file][name=logo]")).hasSize(1);
        MultiValueMap<String, String> values = formValues(element);
        MockMultipartHttpServletRequestBuilder request = multipart("/n/" + METALL + "/edit");
        request.file(logo);
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        request.with(csrf()).with(signedIn(office(METALL)));
        return request;
    }

    private static byte[] tinyPng() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        image.setRGB(1, 1, Color.BLUE.getRGB());
        image.setRGB(2, 0, Color.GREEN.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void officeUploadsAPngLogoThatIsServedUnchanged() throws Exception {
        byte[] png = tinyPng();
        String nameBefore = jdbc.queryForObject("select name_de from network where slug = ?", String.class, METALL);

        MvcResult saved = perform(editWithLogo(new MockMultipartFile("logo", "logo.png", "image/png", png)));

        assertThat(saved.getResponse().getStatus())
                .as("status, body %s", html(saved))
                .isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/n/" + METALL);
        MvcResult logo = perform(get("/media/networks/" + METALL + "/logo"));
        assertThat(logo.getResponse().getStatus()).isEqualTo(200);
        assertThat(logo.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(logo.getResponse().getContentAsByteArray()).isEqualTo(png);
        assertThat(page(perform(get("/n/" + METALL))).select("img.network-logo").attr("src"))
                .isEqualTo("/media/networks/" + METALL + "/logo");
        assertThat(jdbc.queryForObject("select name_de from network where slug = ?", String.class, METALL))
                .as("saving the form unchanged keeps the name")
                .isEqualTo(nameBefore);
    }

    @Test
    void textFileClaimingToBeAPngIsRefusedWithTheLocalizedMessage() throws Exception {
        byte[] before = perform(get("/media/networks/" + METALL + "/logo"))
                .getResponse()
                .getContentAsByteArray();
        MockMultipartFile fake =
                new MockMultipartFile("logo", "logo.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8));

        MvcResult result = perform(editWithLogo(fake));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(result).select(".alert-danger").text())
                .contains("Erlaubt sind nur Bilder im Format PNG, JPEG oder WebP.");
        assertThat(perform(get("/media/networks/" + METALL + "/logo"))
                        .getResponse()
                        .getContentAsByteArray())
                .as("the previous logo (if any) stays")
                .isEqualTo(before);
    }

    @Test
    void networkWithoutLogoHasNone() throws Exception {
        String slug = unique("netz");
        createNetwork(slug, "Ohne Logo " + slug, "");

        assertThat(perform(get("/media/networks/" + slug + "/logo"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    // --- staff ---

    private List<String> staffEmails() throws Exception {
        MvcResult result = perform(get("/n/" + METALL + "/staff").with(signedIn(office(METALL))));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return page(result).select("main table tbody tr td:nth-child(2)").eachText();
    }

    @Test
    void officeAddsAndRemovesAMember() throws Exception {
        UUID member = accountId(MEMBER);
        UUID network = jdbc.queryForObject("select id from network where slug = ?", UUID.class, METALL);
        assertThat(staffEmails()).contains(office(METALL)).doesNotContain(MEMBER);
        try {
            MvcResult added = perform(post("/n/" + METALL + "/staff")
                    .param("email", MEMBER)
                    .param("role", "MEMBER")
                    .with(csrf())
                    .with(signedIn(office(METALL))));

            assertThat(added.getResponse().getStatus()).isEqualTo(302);
            assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/n/" + METALL + "/staff");
            assertThat(staffEmails()).contains(MEMBER);
            assertThat(jdbc.queryForObject(
                            "select role from network_role_assignment where user_id = ? and network_id = ?",
                            String.class,
                            member,
                            network))
                    .isEqualTo("MEMBER");

            MvcResult removed = perform(post("/n/" + METALL + "/staff/" + member + "/remove")
                    .with(csrf())
                    .with(signedIn(office(METALL))));

            assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/n/" + METALL + "/staff");
            assertThat(staffEmails()).doesNotContain(MEMBER).contains(office(METALL));
        } finally {
            accounts.removeFromNetwork(member, network);
        }
    }

    @Test
    void unknownEmailIsAFormErrorAndAddsNobody() throws Exception {
        String unknown = unique("niemand") + "@test.example";

        MvcResult result = perform(post("/n/" + METALL + "/staff")
                .param("email", unknown)
                .param("role", "MEMBER")
                .with(csrf())
                .with(signedIn(office(METALL))));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.getElementById("email").hasClass("is-invalid")).isTrue();
        assertThat(page.select(".invalid-feedback").text()).contains("kein Konto");
        assertThat(staffEmails()).doesNotContain(unknown);
    }

    @Test
    void staffPageIsForTheOfficeOnly() throws Exception {
        mvc.perform(get("/n/" + METALL + "/staff").with(signedIn(MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/n/it-westpfalz/staff").with(signedIn(office(METALL)))).andExpect(status().isForbidden());
        mvc.perform(post("/n/it-westpfalz/staff")
                        .param("email", MEMBER)
                        .param("role", "MANAGER")
                        .with(csrf())
                        .with(signedIn(office(METALL))))
                .andExpect(status().isForbidden());
        MvcResult anonymous = perform(get("/n/" + METALL + "/staff"));
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void hugePageNumberOfTheMemberListIsNotAServerError() throws Exception {
        MvcResult result = perform(get("/n/" + METALL).param("page", "100000000"));

        assertThat(result.getResponse().getStatus()).isIn(200, 400);
    }
}
