package org.clusteratlas.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The news of a network: its office writes, publishes, edits and deletes posts; everybody else reads the published
 * ones, in their language or with a note in the other one. The posts live in lautern-impuls, which has no demo posts.
 */
class NewsPagesTest extends AtlasPageTest {

    private static final String NETWORK = "lautern-impuls";
    private static final String NEWS = "/n/" + NETWORK + "/news";
    private static final String OFFICE = office(NETWORK);

    /** What the office types into the post form; fields left out are sent empty, as a browser does. */
    private static final class PostInput {

        private final Map<String, String> fields = new LinkedHashMap<>();
        private MockMultipartFile image;

        static PostInput bilingual(String titleDe, String titleEn) {
            return new PostInput()
                    .with("titleDe", titleDe)
                    .with("titleEn", titleEn)
                    .with("teaserDe", "Kurz gesagt: " + titleDe)
                    .with("teaserEn", "In short: " + titleEn)
                    .with("bodyDe", "Erster Absatz.\n\nZweiter Absatz.")
                    .with("bodyEn", "First paragraph.\n\nSecond paragraph.");
        }

        static PostInput germanOnly(String titleDe) {
            return new PostInput().with("titleDe", titleDe).with("bodyDe", "Nur auf Deutsch.");
        }

        PostInput with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        PostInput image(MockMultipartFile file) {
            this.image = file;
            return this;
        }

        MockMultipartHttpServletRequestBuilder to(String url) {
            MockMultipartHttpServletRequestBuilder request = multipart(url);
            for (String field : new String[] {
                "titleDe", "titleEn", "teaserDe", "teaserEn", "bodyDe", "bodyEn", "imageAltDe", "imageAltEn"
            }) {
                request.param(field, fields.getOrDefault(field, ""));
            }
            if (fields.containsKey("version")) {
                request.param("version", fields.get("version"));
            }
            if (image != null) {
                request.file(image);
            }
            return request;
        }
    }

    private MvcResult perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private MvcResult submitNew(PostInput input, RequestPostProcessor who) throws Exception {
        return perform(input.to(NEWS).with(csrf()).with(who));
    }

    /** A new draft written by the office; returns its slug. */
    private String draft(PostInput input) throws Exception {
        MvcResult result = submitNew(input, signedIn(OFFICE));
        assertThat(result.getResponse().getStatus()).as("body %s", html(result)).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(NEWS + "/");
        return location.substring(NEWS.length() + 1);
    }

    private String published(PostInput input) throws Exception {
        String slug = draft(input);
        officeAction(slug, "publish");
        return slug;
    }

    private void officeAction(String slug, String action) throws Exception {
        MvcResult result = perform(post(NEWS + "/" + slug + "/" + action)
                .param("version", String.valueOf(version(slug)))
                .with(csrf())
                .with(signedIn(OFFICE)));
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    private long version(String slug) {
        return jdbc.queryForObject(
                "select p.version from news_post p join network n on n.id = p.network_id where n.slug = ? and p.slug = ?",
                Long.class,
                NETWORK,
                slug);
    }

    private int countPostsTitled(String titleDe) {
        return jdbc.queryForObject("select count(*) from news_post where title_de = ?", Integer.class, titleDe);
    }

    private int status(String url, RequestPostProcessor who) throws Exception {
        return perform(get(url).with(who)).getResponse().getStatus();
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }

    private static byte[] tinyPng() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        image.setRGB(2, 1, Color.BLUE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    // --- the office's work ---

    @Test
    void officeWritesADraftPublishesEditsAndDeletesIt() throws Exception {
        String title = "Sommerfest " + unique("fest");
        String slug = draft(PostInput.bilingual(title, "Summer party"));

        Document desk = page(perform(get(NEWS + "/manage").with(signedIn(OFFICE))));
        assertThat(desk.select("#post-" + slug).text()).contains(title, "Entwurf");
        assertThat(status(NEWS + "/" + slug, anonymous())).isEqualTo(404);
        Document officeView = page(perform(get(NEWS + "/" + slug).with(signedIn(OFFICE))));
        assertThat(officeView.select("#draft-note .badge").text()).isEqualTo("Entwurf");

        officeAction(slug, "publish");
        Document published = page(perform(get(NEWS + "/" + slug)));
        assertThat(published.select("h1").text()).isEqualTo(title);
        assertThat(published.select("#draft-note")).isEmpty();
        assertThat(page(perform(get(NEWS))).select("#posts a[href=" + NEWS + "/" + slug + "]"))
                .hasSize(1);

        Element form = page(perform(get(NEWS + "/" + slug + "/edit").with(signedIn(OFFICE))))
                .selectFirst("#post-form");
        assertThat(form).isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        set(values, "titleDe", title + " – mit Fotos");
        MockMultipartHttpServletRequestBuilder edit = multipart(NEWS + "/" + slug + "/edit");
        values.forEach((name, list) -> edit.param(name, list.toArray(String[]::new)));
        MvcResult saved = perform(edit.with(csrf()).with(signedIn(OFFICE)));
        assertThat(saved.getResponse().getRedirectedUrl())
                .as("the address stays when the title changes")
                .isEqualTo(NEWS + "/" + slug);
        assertThat(page(perform(get(NEWS + "/" + slug))).select("h1").text()).isEqualTo(title + " – mit Fotos");

        officeAction(slug, "delete");
        assertThat(status(NEWS + "/" + slug, signedIn(OFFICE))).isEqualTo(404);
        assertThat(countPostsTitled(title + " – mit Fotos")).isZero();
    }

    @Test
    void membersOtherOfficesAndAnonymousVisitorsCannotWriteOrSeeDrafts() throws Exception {
        String slug = draft(PostInput.bilingual("Entwurf " + unique("geheim"), "Draft"));
        String intruderTitle = "Gekapert " + unique("x");

        assertThat(submitNew(PostInput.germanOnly(intruderTitle), signedIn(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(submitNew(PostInput.germanOnly(intruderTitle), signedIn(office("metall-kl")))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(submitNew(PostInput.germanOnly(intruderTitle), anonymous())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(countPostsTitled(intruderTitle)).isZero();

        MvcResult publishByMember = perform(post(NEWS + "/" + slug + "/publish")
                .param("version", String.valueOf(version(slug)))
                .with(csrf())
                .with(signedIn(MEMBER)));
        assertThat(publishByMember.getResponse().getStatus()).isEqualTo(403);
        assertThat(status(NEWS + "/" + slug + "/edit", signedIn(office("metall-kl"))))
                .isEqualTo(403);
        assertThat(status(NEWS + "/manage", signedIn(MEMBER))).isEqualTo(403);
        assertThat(status(NEWS + "/" + slug, signedIn(MEMBER))).isEqualTo(404);
        assertThat(status(NEWS + "/" + slug, signedIn(office("metall-kl")))).isEqualTo(404);
        assertThat(status(NEWS + "/" + slug, signedIn(ADMIN))).isEqualTo(200);
    }

    @Test
    void draftsStayOutOfPublicListsTheNetworkPageAndTheSitemap() throws Exception {
        String draft = draft(PostInput.bilingual("Entwurf " + unique("d"), "Draft"));
        String published = published(PostInput.bilingual("Meldung " + unique("p"), "Announcement"));

        String list = html(perform(get(NEWS)));
        assertThat(list).contains(NEWS + "/" + published).doesNotContain(NEWS + "/" + draft);
        Document landing = page(perform(get("/n/" + NETWORK)));
        assertThat(landing.select("#latest-news a[href=" + NEWS + "/" + published + "]"))
                .hasSize(1);
        assertThat(landing.select("#latest-news a[href=" + NEWS + "/" + draft + "]"))
                .isEmpty();

        assertThat(html(perform(get("/sitemap.xml")))).contains("http://localhost:8080/sitemap-news.xml");
        String sitemap = html(perform(get("/sitemap-news.xml")));
        assertThat(sitemap)
                .contains(
                        "http://localhost:8080" + NEWS + "?lang=de",
                        "http://localhost:8080" + NEWS + "/" + published + "?lang=de",
                        "http://localhost:8080" + NEWS + "/" + published + "?lang=en")
                .doesNotContain(NEWS + "/" + draft + "?");

        officeAction(published, "unpublish");
        assertThat(html(perform(get("/sitemap-news.xml")))).doesNotContain(NEWS + "/" + published + "?");
        assertThat(status(NEWS + "/" + published, anonymous())).isEqualTo(404);
    }

    // --- what visitors read ---

    @Test
    void aPostOnlyInGermanIsShownToEnglishVisitorsWithTheFallbackNote() throws Exception {
        String title = "Nur Deutsch " + unique("de");
        String slug = published(PostInput.germanOnly(title));

        Document english = page(perform(get(NEWS + "/" + slug).param("lang", "en")));
        assertThat(english.select("#language-fallback").text()).isEqualTo("Only available in German.");
        assertThat(english.select("h1").text()).isEqualTo(title);
        assertThat(english.select("h1").attr("lang")).isEqualTo("de");
        assertThat(english.select("#post-body").attr("lang")).isEqualTo("de");

        Document german = page(perform(get(NEWS + "/" + slug).param("lang", "de")));
        assertThat(german.select("#language-fallback")).isEmpty();
        assertThat(german.select("h1").attr("lang")).isEqualTo("de");
    }

    @Test
    void bodiesArePlainTextInParagraphs() throws Exception {
        String slug = published(PostInput.germanOnly("Absätze " + unique("p"))
                .with("bodyDe", "Erster <b>Absatz</b>\nmit Zeilenumbruch.\n\n  \nZweiter Absatz."));

        MvcResult result = perform(get(NEWS + "/" + slug));

        assertThat(page(result).select("#post-body p").stream().map(Element::wholeText))
                .containsExactly("Erster <b>Absatz</b>\nmit Zeilenumbruch.", "Zweiter Absatz.");
        assertThat(html(result)).contains("Erster &lt;b&gt;Absatz&lt;/b&gt;");
    }

    @Test
    void postPagesDescribeThemselvesToSearchEnginesAsNewsArticles() throws Exception {
        String titleEn = "Open day </script><script>alert(1)</script> " + unique("en");
        String slug = published(PostInput.bilingual("Tag der offenen Tür " + unique("de"), titleEn)
                .with("imageAltDe", "Besucher im Foyer")
                .with("imageAltEn", "Visitors in the foyer")
                .image(new MockMultipartFile("image", "foyer.png", "image/png", tinyPng())));
        UUID id = jdbc.queryForObject("select id from news_post where slug = ?", UUID.class, slug);
        String url = "http://localhost:8080" + NEWS + "/" + slug;

        MvcResult result = perform(get(NEWS + "/" + slug).param("lang", "en"));

        assertThat(html(result)).doesNotContain("<script>alert(1)</script>");
        Document page = page(result);
        JsonNode article = json.readTree(
                page.select("script[type=application/ld+json]").get(0).data());
        assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo(titleEn);
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("mainEntityOfPage").asString()).isEqualTo(url);
        assertThat(OffsetDateTime.parse(article.get("datePublished").asString()))
                .isBeforeOrEqualTo(
                        OffsetDateTime.parse(article.get("dateModified").asString()));
        assertThat(article.get("image").get(0).asString())
                .isEqualTo("http://localhost:8080/media/news/" + id + "/image");
        assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(article.get("publisher").get("name").asString()).isEqualTo("Lautern Impuls – the local network");
        assertThat(article.get("publisher").get("url").asString()).isEqualTo("http://localhost:8080/n/" + NETWORK);

        JsonNode trail = json.readTree(
                page.select("script[type=application/ld+json]").get(1).data());
        assertThat(trail.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(trail.get("itemListElement").get(2).get("item").asString())
                .isEqualTo("http://localhost:8080" + NEWS);
        assertThat(trail.get("itemListElement").get(3).get("item").asString()).isEqualTo(url);

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url + "?lang=en");
        assertThat(page.select("link[rel=alternate][hreflang=de]").attr("href")).isEqualTo(url + "?lang=de");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080/media/news/" + id + "/image");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("In short: Open day");
        assertThat(page.select("article img").attr("alt")).isEqualTo("Visitors in the foyer");
    }

    @Test
    void pagingThroughTheNewsWithHtmxGetsOnlyTheList() throws Exception {
        published(PostInput.bilingual("Liste " + unique("l"), "List"));

        String fragment = html(perform(get(NEWS).header("HX-Request", "true")));

        assertThat(fragment).doesNotContain("<html").contains("id=\"posts\"");
    }

    // --- the form's checks ---

    @Test
    void imageUploadsAreCheckedByContentAndNeedAlternativeText() throws Exception {
        String title = "Bilder " + unique("img");
        MockMultipartFile fake = new MockMultipartFile(
                "image", "photo.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8));

        MvcResult refused = submitNew(
                PostInput.germanOnly(title).with("imageAltDe", "Ein Foto").image(fake), signedIn(OFFICE));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(refused).select("#image-error").text())
                .isEqualTo("Erlaubt sind nur Bilder im Format PNG, JPEG oder WebP.");
        assertThat(countPostsTitled(title)).isZero();

        MvcResult withoutAlt = submitNew(
                PostInput.germanOnly(title).image(new MockMultipartFile("image", "photo.png", "image/png", tinyPng())),
                signedIn(OFFICE));

        assertThat(withoutAlt.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(withoutAlt).select("#imageAltDe.is-invalid")).hasSize(1);
        assertThat(countPostsTitled(title)).isZero();

        String slug = draft(PostInput.germanOnly(title)
                .with("imageAltDe", "Ein Foto")
                .image(new MockMultipartFile("image", "photo.png", "image/png", tinyPng())));
        UUID id = jdbc.queryForObject("select id from news_post where slug = ?", UUID.class, slug);
        String image = "/media/news/" + id + "/image";
        assertThat(status(image, anonymous())).as("a draft's image").isEqualTo(404);
        MvcResult forOffice = perform(get(image).with(signedIn(OFFICE)));
        assertThat(forOffice.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(forOffice.getResponse().getContentAsByteArray()).isEqualTo(tinyPng());
        officeAction(slug, "publish");
        assertThat(status(image, anonymous())).isEqualTo(200);
    }

    @Test
    void validationMessagesAreInTheOfficesLanguage() throws Exception {
        // A multipart body is never read for the language switch; the address carries it.
        MvcResult empty =
                perform(new PostInput().to(NEWS + "?lang=en").with(csrf()).with(signedIn(OFFICE)));

        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(empty)
                        .select("#titleDe + .invalid-feedback, #titleDe ~ .invalid-feedback")
                        .text())
                .isEqualTo("Please give a title, in German or English at least.");

        MvcResult withoutBody = perform(PostInput.germanOnly("Ohne Text " + unique("t"))
                .with("bodyDe", "")
                .with("teaserEn", "A teaser without a title")
                .to(NEWS + "?lang=de")
                .with(csrf())
                .with(signedIn(OFFICE)));

        Document page = page(withoutBody);
        assertThat(page.select("#bodyDe ~ .invalid-feedback").text())
                .isEqualTo("Bitte schreiben Sie den Text in der Sprache des Titels.");
        assertThat(page.select("#titleEn ~ .invalid-feedback").text()).contains("Ohne Titel in dieser Sprache");
    }

    @Test
    void aStaleFormDoesNotOverwriteSomebodyElsesChange() throws Exception {
        String title = "Fassung " + unique("v");
        String slug = draft(PostInput.germanOnly(title));
        String stale = String.valueOf(version(slug));
        MvcResult first = perform(PostInput.germanOnly(title + " (Kollegin)")
                .with("version", stale)
                .to(NEWS + "/" + slug + "/edit")
                .with(csrf())
                .with(signedIn(ADMIN)));
        assertThat(first.getResponse().getStatus()).isEqualTo(302);

        MvcResult second = perform(PostInput.germanOnly(title + " (ich)")
                .with("version", stale)
                .to(NEWS + "/" + slug + "/edit")
                .with(csrf())
                .with(signedIn(OFFICE)));

        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        Document page = page(second);
        assertThat(page.select(".alert-danger").text())
                .contains("Jemand anderes hat diesen Beitrag inzwischen geändert");
        assertThat(page.select("#titleDe").val()).as("the office's input stays").isEqualTo(title + " (ich)");
        assertThat(page.select("#conflict-reload").attr("href")).isEqualTo(NEWS + "/" + slug + "/edit");
        assertThat(countPostsTitled(title + " (Kollegin)")).isEqualTo(1);

        MvcResult stalePublish = perform(post(NEWS + "/" + slug + "/publish")
                .param("version", stale)
                .with(csrf())
                .with(signedIn(OFFICE)));
        assertThat(stalePublish.getResponse().getStatus()).isEqualTo(409);
    }
}
