package org.clusteratlas.news.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.News;
import org.clusteratlas.news.PostDetails;
import org.clusteratlas.news.PostText;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The public news pages of a network: the list of its posts and each post's page, plus the posts' images. */
@Controller
class NewsController {

    static final String LIST_VIEW = "news/list";
    static final String POST_VIEW = "news/post";
    static final int PAGE_SIZE = 10;

    /** Search engines show about this many characters of a description. */
    static final int DESCRIPTION_MAX = 160;

    private final News news;
    private final Networks networks;
    private final JsonMapper json;
    private final String siteUrl;
    private final MessageSource messages;

    NewsController(News news, Networks networks, JsonMapper json, AtlasProperties properties, MessageSource messages) {
        this.news = news;
        this.networks = networks;
        this.json = json;
        this.siteUrl = properties.baseUrl();
        this.messages = messages;
    }

    /** The paged list; htmx asks for the list alone when the visitor pages through it. */
    @GetMapping("/n/{slug}/news")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        NetworkSummary network = network(slug);
        model.addAttribute("network", network);
        model.addAttribute("posts", news.published(slug, page, PAGE_SIZE));
        model.addAttribute("canManage", networks.canManage(network.id()));
        model.addAttribute(
                "metaDescription",
                messages.getMessage(
                        "news.list.description", new Object[] {network.name().in(locale)}, locale));
        return Htmx.view(request, LIST_VIEW, "posts");
    }

    @GetMapping("/n/{slug}/news/{postSlug}")
    String post(@PathVariable String slug, @PathVariable String postSlug, Model model, Locale locale) {
        NetworkSummary network = network(slug);
        PostDetails post = news.find(slug, postSlug).orElseThrow(() -> new NotFoundException("post"));
        PostText text = post.text(locale);
        model.addAttribute("network", network);
        model.addAttribute("post", post);
        model.addAttribute("text", text);
        model.addAttribute("canManage", networks.canManage(network.id()));
        model.addAttribute("jsonLd", NewsStructuredData.article(post, text, network, siteUrl, locale, json));
        model.addAttribute(
                "breadcrumbsLd",
                NewsStructuredData.breadcrumbs(
                        post,
                        text,
                        network,
                        siteUrl,
                        messages.getMessage("nav.home", null, locale),
                        messages.getMessage("news.title", null, locale),
                        locale,
                        json));
        String description = text.teaser() != null
                ? text.teaser()
                : text.paragraphs().isEmpty() ? text.title() : text.paragraphs().getFirst();
        model.addAttribute("metaDescription", shorten(description));
        model.addAttribute("ogType", "article");
        if (post.imageUrl() != null) {
            model.addAttribute("ogImage", siteUrl + post.imageUrl());
            model.addAttribute("ogImageAlt", text.imageAlt());
        }
        if (post.publishedAt() != null) {
            model.addAttribute("articlePublishedTime", NewsStructuredData.iso(post.publishedAt()));
        }
        model.addAttribute("articleModifiedTime", NewsStructuredData.iso(post.updatedAt()));
        return POST_VIEW;
    }

    @GetMapping("/media/news/{id}/image")
    ResponseEntity<InputStreamResource> image(@PathVariable UUID id) {
        News.Image image = news.image(id).orElseThrow(() -> new NotFoundException("image"));
        // A draft's image is the office's business: no shared cache may keep it.
        CacheControl cache = image.isPublic()
                ? CacheControl.noCache()
                : CacheControl.noCache().cachePrivate();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(cache)
                .body(new InputStreamResource(image.content()));
    }

    /** Cut at a word boundary: it reads better than a cut mid-word. */
    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_MAX - 3);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_MAX - 3).strip() + "…";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
