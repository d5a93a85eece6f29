package org.clusteratlas.jobs.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.jobs.JobBoard;
import org.clusteratlas.jobs.JobStatistics;
import org.clusteratlas.jobs.PostingStatus;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network office's job desk: whether postings need its approval, the postings waiting for it, reports of
 * abusive postings (take down or dismiss), all postings of its members, and the statistics.
 */
@Controller
class OfficeJobsController {

    static final String OFFICE_VIEW = "jobs/office";
    static final String STATISTICS_VIEW = "jobs/statistics";

    private final JobBoard board;
    private final JobStatistics statistics;
    private final Networks networks;
    private final MessageSource messages;

    OfficeJobsController(JobBoard board, JobStatistics statistics, Networks networks, MessageSource messages) {
        this.board = board;
        this.statistics = statistics;
        this.networks = networks;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/jobs")
    String office(@PathVariable String slug, Model model) {
        NetworkSummary network = managed(slug);
        var postings = board.forNetwork(slug);
        model.addAttribute("network", network);
        model.addAttribute("approvalRequired", board.approvalRequired(slug));
        model.addAttribute(
                "pending",
                postings.stream()
                        .filter(p -> p.status() == PostingStatus.PENDING_APPROVAL)
                        .toList());
        model.addAttribute("postings", postings);
        model.addAttribute("reports", board.openReports(slug));
        return OFFICE_VIEW;
    }

    @PostMapping("/n/{slug}/jobs/settings")
    String settings(
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean approvalRequired,
            RedirectAttributes redirect) {
        managed(slug);
        board.requireApproval(slug, approvalRequired);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/jobs";
    }

    @PostMapping("/n/{slug}/jobs/{id}/approve")
    String approve(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        managed(slug);
        board.approve(id);
        redirect.addFlashAttribute("approved", true);
        return "redirect:/n/" + slug + "/jobs";
    }

    @PostMapping("/n/{slug}/jobs/{id}/reject")
    String reject(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        managed(slug);
        try {
            board.reject(id, reason);
            redirect.addFlashAttribute("rejected", true);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute(
                    "reasonError", invalid.errors().getFirst().message());
        }
        return "redirect:/n/" + slug + "/jobs";
    }

    @PostMapping("/n/{slug}/jobs/{id}/dismiss-reports")
    String dismiss(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        managed(slug);
        board.dismissReports(id);
        redirect.addFlashAttribute("dismissed", true);
        return "redirect:/n/" + slug + "/jobs";
    }

    @GetMapping("/n/{slug}/jobs/statistics")
    String statistics(@PathVariable String slug, Model model, Locale locale) {
        NetworkSummary network = managed(slug);
        model.addAttribute("network", network);
        JobStatistics.Figures figures = statistics.of(slug, locale);
        java.util.Map<String, java.util.List<JobStatistics.Row>> tables = new java.util.LinkedHashMap<>();
        tables.put("months", figures.months());
        tables.put("kinds", figures.kinds());
        tables.put("skills", figures.skills());
        model.addAttribute("network", network);
        model.addAttribute("tables", tables);
        return STATISTICS_VIEW;
    }

    @GetMapping("/n/{slug}/jobs/statistics.csv")
    ResponseEntity<String> statisticsCsv(@PathVariable String slug, Locale locale) {
        managed(slug);
        JobStatistics.Figures figures = statistics.of(slug, locale);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().get().print(out)) {
            csv.printRecord(
                    msg("jobs.statistics.csv.table", locale),
                    msg("jobs.statistics.csv.key", locale),
                    msg("jobs.statistics.postings", locale),
                    msg("jobs.statistics.applications", locale));
            String month = msg("jobs.statistics.by-month", locale);
            String kind = msg("jobs.statistics.by-kind", locale);
            String skill = msg("jobs.statistics.by-skill", locale);
            for (var row : figures.months()) {
                csv.printRecord(month, row.label(), row.postings(), row.applications());
            }
            for (var row : figures.kinds()) {
                csv.printRecord(kind, msg("jobs.kind." + row.key(), locale), row.postings(), row.applications());
            }
            for (var row : figures.skills()) {
                csv.printRecord(skill, row.label(), row.postings(), row.applications());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jobs-" + slug + ".csv\"")
                .body(out.toString());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private NetworkSummary managed(String slug) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }
}
