package org.clusteratlas.project.web;

import java.nio.charset.StandardCharsets;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.project.ProjectView;
import org.clusteratlas.project.Projects;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The network's project pages for everyone: each reader sees the projects and documents they may see. */
@Controller
class ProjectPagesController {

    static final String LIST_VIEW = "project/list";
    static final String DETAIL_VIEW = "project/detail";

    private final Projects projects;
    private final Networks networks;

    ProjectPagesController(Projects projects, Networks networks) {
        this.projects = projects;
        this.networks = networks;
    }

    @GetMapping("/n/{slug}/projects")
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("network", network(slug));
        model.addAttribute("projects", projects.list(slug));
        model.addAttribute("canManage", projects.canManage(slug));
        return LIST_VIEW;
    }

    @GetMapping("/n/{slug}/projects/{projectSlug}")
    String detail(@PathVariable String slug, @PathVariable String projectSlug, Model model) {
        model.addAttribute("network", network(slug));
        model.addAttribute("project", projects.get(slug, projectSlug));
        model.addAttribute("canManage", projects.canManage(slug));
        return DETAIL_VIEW;
    }

    /** A document as an attachment with the checked type, never rendered as part of the site. */
    @GetMapping("/n/{slug}/projects/{projectSlug}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(
            @PathVariable String slug, @PathVariable String projectSlug, @PathVariable java.util.UUID documentId) {
        ProjectView project = projects.get(slug, projectSlug);
        Projects.DocumentContent document = projects.document(project.id(), documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(document.content()));
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
