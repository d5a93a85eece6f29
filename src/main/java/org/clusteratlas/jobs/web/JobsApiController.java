package org.clusteratlas.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.jobs.ApplicationStatus;
import org.clusteratlas.jobs.ApplicationView;
import org.clusteratlas.jobs.Applications;
import org.clusteratlas.jobs.JobBoard;
import org.clusteratlas.jobs.JobQuery;
import org.clusteratlas.jobs.JobResults;
import org.clusteratlas.jobs.JobSearch;
import org.clusteratlas.jobs.PostingCommand;
import org.clusteratlas.jobs.PostingView;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Etags;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job board over HTTP. Searching and reading public postings is open to everybody; writing is for the editors
 * of the posting organization (and its networks' offices, platform admins). Applications are for the posting
 * organization only: for anybody else they, and postings that are not public, answer 404.
 */
@Tag(name = "Jobs", description = "Job postings of member organizations and their in-platform applications")
@RestController
@RequestMapping("/api/v1/jobs")
class JobsApiController {

    private final JobSearch search;
    private final JobBoard board;
    private final Applications applications;
    private final MessageSource messages;

    JobsApiController(JobSearch search, JobBoard board, Applications applications, MessageSource messages) {
        this.search = search;
        this.board = board;
        this.applications = applications;
        this.messages = messages;
    }

    /** An application's new status; {@code version} optionally guards against a concurrent change. */
    record StatusChange(@NotNull ApplicationStatus status, Long version) {}

    @Operation(
            summary = "Search public postings",
            description = "Parameters as on the page: q, near (postal code, place or lat,lon), radiusKm, kind, skill"
                    + " (concept URI), organization (id), network (slug), remote, sort (RELEVANCE, DATE), page")
    @GetMapping
    JobResults search(HttpServletRequest request) {
        JobQuery query;
        try {
            query = JobQuery.parse(request.getQueryString());
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailedException(List.of(new FieldMessage(
                    "query", messages.getMessage("jobs.error.query-invalid", null, LocaleContextHolder.getLocale()))));
        }
        return search.search(query);
    }

    @Operation(summary = "One posting by id or slug: public ones for everybody, others for the organization")
    @GetMapping("/{id}")
    ResponseEntity<PostingView> posting(@PathVariable String id) {
        PostingView posting = board.get(id);
        return Etags.ok(posting.version(), posting);
    }

    @Operation(summary = "Post for an organization (organizationId in the body); publish=false keeps a draft")
    @PostMapping
    ResponseEntity<PostingView> create(@Valid @RequestBody PostingCommand command) {
        PostingView created = board.create(command);
        return Etags.created("/api/v1/jobs/" + created.id(), created.version(), created);
    }

    @Operation(summary = "Replace a posting's content; If-Match refuses a posting changed meanwhile")
    @PutMapping("/{id}")
    ResponseEntity<PostingView> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PostingCommand command) {
        PostingView saved = board.update(id, command, ifMatch == null ? null : Etags.version(ifMatch, () -> -1L));
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Delete a posting with its applications")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        board.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The posting's in-platform applications; for the posting organization only")
    @GetMapping("/{id}/applications")
    List<ApplicationView> applications(@PathVariable UUID id) {
        return applications.forPosting(id);
    }

    @Operation(summary = "Change an application's status; the candidate is told by mail")
    @PostMapping("/{id}/applications/{applicationId}/status")
    ApplicationView changeStatus(
            @PathVariable UUID id, @PathVariable UUID applicationId, @Valid @RequestBody StatusChange change) {
        ApplicationView application = applications.get(applicationId);
        if (!application.postingId().equals(id)) {
            throw new org.clusteratlas.shared.NotFoundException("application");
        }
        return applications.changeStatus(applicationId, change.status(), change.version());
    }
}
