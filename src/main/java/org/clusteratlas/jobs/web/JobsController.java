package org.clusteratlas.jobs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.jobs.Applications;
import org.clusteratlas.jobs.JobAlertService;
import org.clusteratlas.jobs.JobBoard;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.JobQuery;
import org.clusteratlas.jobs.JobResults;
import org.clusteratlas.jobs.JobSearch;
import org.clusteratlas.jobs.PostingView;
import org.clusteratlas.jobs.RemoteOption;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public job board: the search (a plain GET form, refreshed by htmx while typing), the job pages with their
 * JSON-LD, applying, reporting, feeds and job alerts.
 */
@Controller
class JobsController {

    static final String SEARCH_VIEW = "jobs/search";
    static final String POSTING_VIEW = "jobs/posting";
    static final String ALERT_VIEW = "jobs/alert";
    static final List<Integer> RADII = List.of(10, 25, 50, 100, 200);
    static final int FEED_SIZE = 50;

    private final JobSearch search;
    private final JobBoard board;
    private final Applications applications;
    private final JobAlertService alerts;
    private final Networks networks;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final JsonMapper json;

    JobsController(
            JobSearch search,
            JobBoard board,
            Applications applications,
            JobAlertService alerts,
            Networks networks,
            MessageSource messages,
            AtlasProperties atlas,
            JsonMapper json) {
        this.search = search;
        this.board = board;
        this.applications = applications;
        this.alerts = alerts;
        this.networks = networks;
        this.messages = messages;
        this.atlas = atlas;
        this.json = json;
    }

    @GetMapping("/jobs")
    String search(HttpServletRequest request, Model model) {
        JobPages.loadCsrfToken(request);
        JobQuery query;
        Map<String, String> fieldErrors = Map.of();
        JobResults results = null;
        try {
            query = JobQuery.parse(request.getQueryString());
        } catch (IllegalArgumentException invalid) {
            query = JobQuery.all();
        }
        try {
            results = search.search(query);
        } catch (ValidationFailedException invalid) {
            fieldErrors = JobPages.errors(invalid);
        }
        model.addAttribute("form", query);
        model.addAttribute("results", results);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("kinds", JobKind.values());
        model.addAttribute("remoteOptions", RemoteOption.values());
        model.addAttribute("radii", RADII);
        model.addAttribute(
                "radius",
                query.radiusKm() == null
                        ? (int) JobSearch.DEFAULT_RADIUS_KM
                        : query.radiusKm().intValue());
        model.addAttribute("queryString", query.toQueryString());
        return Htmx.view(request, SEARCH_VIEW, "results");
    }

    @GetMapping("/jobs/{idOrSlug}")
    String posting(@PathVariable String idOrSlug, Model model, Locale locale, HttpServletRequest request) {
        JobPages.loadCsrfToken(request);
        PostingView posting = board.get(idOrSlug);
        model.addAttribute("posting", posting);
        model.addAttribute("permissions", board.permissions(posting));
        model.addAttribute("isPublic", board.isShown(posting));
        model.addAttribute("statusPublic", board.isPublic(posting));
        model.addAttribute("jsonLd", JobPostingJsonLd.of(posting, atlas.baseUrl(), locale, atlas.zone(), json));
        model.addAttribute("metaDescription", posting.organizationName() + " · " + posting.places());
        if (!model.containsAttribute("applyErrors")) {
            model.addAttribute("applyErrors", Map.of());
        }
        return POSTING_VIEW;
    }

    @PostMapping("/jobs/{idOrSlug}/apply")
    String apply(
            @PathVariable String idOrSlug,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(name = "cv", required = false) MultipartFile cv,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
            Model model,
            Locale locale,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            applications.apply(idOrSlug, new Applications.Submission(name, email, message, cv, documents));
        } catch (ValidationFailedException invalid) {
            model.addAttribute("applyErrors", JobPages.errors(invalid));
            model.addAttribute("applyName", name);
            model.addAttribute("applyEmail", email);
            model.addAttribute("applyMessage", message);
            return posting(idOrSlug, model, locale, request);
        }
        redirect.addFlashAttribute("applied", true);
        return "redirect:/jobs/" + idOrSlug;
    }

    @PostMapping("/jobs/{idOrSlug}/report")
    String report(
            @PathVariable String idOrSlug,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            board.report(idOrSlug, reason);
        } catch (ValidationFailedException invalid) {
            model.addAttribute("reportError", JobPages.errors(invalid).get("reason"));
            return posting(idOrSlug, model, locale, request);
        }
        redirect.addFlashAttribute("reported", true);
        return "redirect:/jobs/" + idOrSlug;
    }

    @GetMapping(value = "/jobs/feed.xml")
    ResponseEntity<String> feed(HttpServletRequest request, Locale locale) {
        JobQuery parsed;
        try {
            parsed = JobQuery.parse(request.getQueryString());
        } catch (IllegalArgumentException invalid) {
            throw new NotFoundException("feed");
        }
        JobQuery query = new JobQuery(
                parsed.q(),
                parsed.near(),
                parsed.radiusKm(),
                parsed.kinds(),
                parsed.skills(),
                parsed.organizations(),
                parsed.networks(),
                parsed.remote(),
                JobQuery.Order.DATE,
                0,
                FEED_SIZE);
        List<PostingView> postings = search.search(query).hits();
        String title = messages.getMessage("jobs.feed.title", null, locale);
        return rss(title, atlas.baseUrl() + "/jobs?" + query.toQueryString(), postings, locale);
    }

    @GetMapping(value = "/n/{slug}/jobs/feed.xml")
    ResponseEntity<String> networkFeed(@PathVariable String slug, Locale locale) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        JobQuery query =
                new JobQuery("", "", null, null, null, null, List.of(slug), null, JobQuery.Order.DATE, 0, FEED_SIZE);
        List<PostingView> postings = search.search(query).hits();
        String title = messages.getMessage(
                "jobs.feed.network-title", new Object[] {network.name().in(locale)}, locale);
        return rss(title, atlas.baseUrl() + "/jobs?network=" + slug, postings, locale);
    }

    private ResponseEntity<String> rss(String title, String link, List<PostingView> postings, Locale locale) {
        String description = messages.getMessage("jobs.feed.description", null, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(JobFeeds.rss(title, link, description, postings, atlas.baseUrl(), locale, atlas.zone()));
    }

    @PostMapping("/jobs/alerts")
    String subscribe(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        JobQuery parsed;
        try {
            parsed = JobQuery.parse(query);
        } catch (IllegalArgumentException invalid) {
            parsed = JobQuery.all();
        }
        try {
            alerts.subscribe(email, parsed);
            redirect.addFlashAttribute("alertSent", true);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute("alertError", invalid.errors().getFirst().message());
        }
        String back = parsed.toQueryString();
        return "redirect:/jobs" + (back.isEmpty() ? "" : "?" + back);
    }

    /**
     * The link of the confirmation mail only asks: link scanners of mail providers follow links, and a GET that
     * confirmed would subscribe addresses whose owners never clicked. The button posts the confirmation.
     */
    @GetMapping("/jobs/alerts/confirm/{token}")
    String confirmForm(@PathVariable String token, Model model) {
        model.addAttribute("outcome", "confirm");
        model.addAttribute("token", token);
        return ALERT_VIEW;
    }

    @PostMapping("/jobs/alerts/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("outcome", alerts.confirm(token) ? "confirmed" : "unknown");
        return ALERT_VIEW;
    }

    @GetMapping("/jobs/alerts/unsubscribe/{token}")
    String unsubscribeForm(@PathVariable String token, Model model) {
        model.addAttribute("outcome", "ask");
        model.addAttribute("token", token);
        return ALERT_VIEW;
    }

    @PostMapping("/jobs/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("outcome", alerts.unsubscribe(token) ? "unsubscribed" : "unknown");
        return ALERT_VIEW;
    }
}
