package org.clusteratlas.news.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.news.PostDetails;
import org.clusteratlas.news.PostText;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for a post's page: a NewsArticle published by the network, and the trail to it. Built only
 * from what the page shows anyway.
 */
final class NewsStructuredData {

    /** Google shows at most this many characters of a headline. */
    static final int HEADLINE_MAX = 110;

    private NewsStructuredData() {}

    static String article(
            PostDetails post, PostText text, NetworkSummary network, String siteUrl, Locale locale, JsonMapper json) {
        String url = siteUrl + post.path();
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", network.name().in(locale));
        publisher.put("url", siteUrl + "/n/" + network.slug());
        if (network.hasLogo()) {
            publisher.put("logo", siteUrl + "/media/networks/" + network.slug() + "/logo");
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", url);
        ld.put("mainEntityOfPage", url);
        ld.put("headline", headline(text.title()));
        if (text.teaser() != null) {
            ld.put("description", text.teaser());
        }
        ld.put("inLanguage", text.language());
        if (post.publishedAt() != null) {
            ld.put("datePublished", iso(post.publishedAt()));
        }
        ld.put("dateModified", iso(post.updatedAt()));
        if (post.imageUrl() != null) {
            ld.put("image", List.of(siteUrl + post.imageUrl()));
        }
        // The office writes on behalf of the network; its staff's names are not published.
        ld.put("author", publisher);
        ld.put("publisher", publisher);
        return scriptSafe(json.writeValueAsString(ld));
    }

    /** The trail home → network → its news → this post, as schema.org BreadcrumbList. */
    static String breadcrumbs(
            PostDetails post,
            PostText text,
            NetworkSummary network,
            String siteUrl,
            String homeName,
            String newsName,
            Locale locale,
            JsonMapper json) {
        List<Map<String, Object>> items = List.of(
                crumb(1, homeName, siteUrl + "/"),
                crumb(2, network.name().in(locale), siteUrl + "/n/" + network.slug()),
                crumb(3, newsName, siteUrl + "/n/" + network.slug() + "/news"),
                crumb(4, text.title(), siteUrl + post.path()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BreadcrumbList");
        ld.put("itemListElement", items);
        return scriptSafe(json.writeValueAsString(ld));
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    private static String headline(String title) {
        if (title.length() <= HEADLINE_MAX) {
            return title;
        }
        int cut = title.lastIndexOf(' ', HEADLINE_MAX - 1);
        return title.substring(0, cut > 0 ? cut : HEADLINE_MAX - 1).strip() + "…";
    }

    /** NOTE: "<" is written as \\u003c, so that no text typed by the office can close the script element. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }
}
