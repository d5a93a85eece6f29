package org.clusteratlas.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.News;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.PublicProfile;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * robots.txt and the sitemaps search engines use to find every public profile and news post in both languages.
 * Profiles are listed in sitemap files of {@value #PROFILES_PER_SITEMAP} each (the sitemap protocol allows 50,000),
 * behind one sitemap index, so a national atlas with a million profiles is still served in small, streamed pieces.
 */
@Controller
class Findability {

    static final int PROFILES_PER_SITEMAP = 10_000;

    private final Organizations organizations;
    private final Networks networks;
    private final News news;
    private final AtlasProperties properties;

    Findability(Organizations organizations, Networks networks, News news, AtlasProperties properties) {
        this.organizations = organizations;
        this.networks = networks;
        this.news = news;
        this.properties = properties;
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /account/
                Disallow: /api/
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.replace("%s", properties.baseUrl());
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        long profiles = organizations.countPublicProfiles();
        long files = Math.max(1, (profiles + PROFILES_PER_SITEMAP - 1) / PROFILES_PER_SITEMAP);
        try (Writer out = xml(response)) {
            out.write("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            out.write("<sitemap><loc>" + properties.baseUrl() + "/sitemap-networks.xml</loc></sitemap>\n");
            out.write("<sitemap><loc>" + properties.baseUrl() + "/sitemap-news.xml</loc></sitemap>\n");
            for (long i = 0; i < files; i++) {
                out.write("<sitemap><loc>" + properties.baseUrl() + "/sitemap-organizations-" + i
                        + ".xml</loc></sitemap>\n");
            }
            out.write("</sitemapindex>\n");
        }
    }

    @GetMapping("/sitemap-networks.xml")
    void networks(HttpServletResponse response) throws IOException {
        try (Writer out = xml(response)) {
            urlset(out);
            entry(out, "/", null);
            entry(out, "/networks", null);
            for (var network : networks.all()) {
                entry(out, "/n/" + network.slug(), null);
            }
            for (var federation : networks.allFederations()) {
                entry(out, "/n/" + federation.slug(), null);
            }
            out.write("</urlset>\n");
        }
    }

    /** The networks' news lists (of networks that have news) and every published post. */
    @GetMapping("/sitemap-news.xml")
    void news(HttpServletResponse response) throws IOException {
        try (Writer out = xml(response)) {
            urlset(out);
            for (String network : news.networksWithNews()) {
                entry(out, "/n/" + network + "/news", null);
            }
            for (News.Published post : news.publishedForSitemap()) {
                entry(
                        out,
                        post.path(),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(post.updatedAt().atOffset(ZoneOffset.UTC)));
            }
            out.write("</urlset>\n");
        }
    }

    @GetMapping("/sitemap-organizations-{page}.xml")
    void organizations(@PathVariable int page, HttpServletResponse response) throws IOException {
        List<PublicProfile> profiles = organizations.publicProfiles(page, PROFILES_PER_SITEMAP);
        if (profiles.isEmpty() && page > 0) {
            throw new NotFoundException("sitemap");
        }
        try (Writer out = xml(response)) {
            urlset(out);
            for (PublicProfile profile : profiles) {
                entry(
                        out,
                        "/o/" + profile.slug(),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(
                                profile.updatedAt().atOffset(ZoneOffset.UTC)));
            }
            out.write("</urlset>\n");
        }
    }

    private static Writer xml(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return out;
    }

    private static void urlset(Writer out) throws IOException {
        out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    }

    /** One address in both languages, each naming the other as its alternate (Google's hreflang sitemap form). */
    private void entry(Writer out, String path, String lastModified) throws IOException {
        String base = properties.baseUrl() + path;
        for (String language : List.of("de", "en")) {
            out.write("<url><loc>" + HtmlUtils.htmlEscape(base + "?lang=" + language) + "</loc>");
            if (lastModified != null) {
                out.write("<lastmod>" + lastModified + "</lastmod>");
            }
            for (String alternate : List.of("de", "en")) {
                out.write("<xhtml:link rel=\"alternate\" hreflang=\"" + alternate + "\" href=\""
                        + HtmlUtils.htmlEscape(base + "?lang=" + alternate) + "\"/>");
            }
            out.write("</url>\n");
        }
    }
}
