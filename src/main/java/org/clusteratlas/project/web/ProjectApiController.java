package org.clusteratlas.project.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.project.ProgrammeCommand;
import org.clusteratlas.project.ProgrammeView;
import org.clusteratlas.project.ProjectCommand;
import org.clusteratlas.project.ProjectView;
import org.clusteratlas.project.Projects;
import org.clusteratlas.shared.web.Etags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A network's joint projects and funding programmes. Reading respects each project's visibility (public, members,
 * office); a project the caller may not see answers 404. Writing is for the network's office and platform admins.
 */
@Tag(name = "Projects", description = "Funding programmes and the joint projects of a network")
@RestController
@RequestMapping("/api/v1")
class ProjectApiController {

    private final Projects projects;

    ProjectApiController(Projects projects) {
        this.projects = projects;
    }

    @Operation(
            summary = "A network's projects the caller may see",
            description = "Anonymous callers get the public projects, members of the network also members-only ones,"
                    + " its office all. Running first, then planned, then completed.")
    @GetMapping("/projects")
    List<ProjectView> list(@RequestParam String network) {
        return projects.list(network);
    }

    @Operation(summary = "One project; 404 when the caller may not see it")
    @GetMapping("/projects/{id}")
    ResponseEntity<ProjectView> get(@PathVariable UUID id) {
        ProjectView project = projects.get(id);
        return Etags.ok(project.version(), project);
    }

    @Operation(
            summary = "Create a project in a network (its office)",
            description = "Partners are organizations of the platform (organizationId or organization = slug) or"
                    + " external ones (name), each with a role. The budget is in euros, rounded to cents. Refused"
                    + " with field errors when the end lies before the start, a partner is unknown, and the like.")
    @PostMapping("/projects")
    ResponseEntity<ProjectView> create(@RequestParam String network, @RequestBody ProjectCommand command) {
        ProjectView created = projects.create(network, command);
        return Etags.created("/api/v1/projects/" + created.id(), created.version(), created);
    }

    @Operation(summary = "Replace a project's content (its network's office); the slug stays")
    @PutMapping("/projects/{id}")
    ResponseEntity<ProjectView> update(
            @PathVariable UUID id,
            @Parameter(description = "the ETag of the version the change is based on")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @RequestBody ProjectCommand command) {
        ProjectView saved = projects.update(
                id, Etags.version(ifMatch, () -> projects.get(id).version()), command);
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Delete a project with its documents (its network's office)")
    @DeleteMapping("/projects/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        projects.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "The funding programmes a network's projects may name: its own and platform-wide ones (office)")
    @GetMapping("/funding-programmes")
    List<ProgrammeView> programmes(@RequestParam String network) {
        return projects.programmes(network);
    }

    @Operation(
            summary = "Record a funding programme",
            description = "Of the network named, by its office; without a network, platform-wide (platform admins).")
    @PostMapping("/funding-programmes")
    ProgrammeView createProgramme(
            @RequestParam(required = false) String network, @RequestBody ProgrammeCommand command) {
        return projects.createProgramme(network, command);
    }
}
