package org.clusteratlas.crm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.SegmentFilter;
import org.clusteratlas.crm.SegmentMember;
import org.clusteratlas.crm.Segments;
import org.clusteratlas.crm.TagView;
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
 * Tags and segments of a network's office. A tag of another network answers 404; another network's lists 403.
 */
@Tag(name = "Segments", description = "Tags on members and segments of a network's members")
@RestController
@RequestMapping("/api/v1")
class SegmentApiController {

    private final Segments segments;

    SegmentApiController(Segments segments) {
        this.segments = segments;
    }

    /** A tag's name. */
    record TagName(String name) {}

    /** Organizations to tag or untag. */
    record Organizations(@NotNull List<UUID> organizationIds) {}

    @Operation(
            summary = "The members of a segment",
            description = "Filters: q (name or competence), status, type, tag (id), region (start of the postal"
                    + " code), notContactedSince (date). Without status, terminated memberships are left out.")
    @GetMapping("/segments")
    List<SegmentMember> segment(@RequestParam String network, HttpServletRequest request) {
        return segments.members(network, SegmentFilter.parse(request.getQueryString()));
    }

    @Operation(summary = "The network's tags with their member counts")
    @GetMapping("/tags")
    List<TagView> tags(@RequestParam String network) {
        return segments.tags(network);
    }

    @Operation(summary = "Create a tag")
    @PostMapping("/tags")
    ResponseEntity<TagView> create(@RequestParam String network, @RequestBody TagName body) {
        TagView tag = segments.createTag(network, body.name());
        return Etags.created("/api/v1/tags/" + tag.id(), tag.version(), tag);
    }

    @Operation(summary = "One tag")
    @GetMapping("/tags/{id}")
    ResponseEntity<TagView> tag(@PathVariable UUID id) {
        TagView tag = segments.tag(id);
        return Etags.ok(tag.version(), tag);
    }

    @Operation(summary = "Rename a tag")
    @PutMapping("/tags/{id}")
    ResponseEntity<TagView> rename(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody TagName body) {
        TagView tag = segments.renameTag(
                id, Etags.version(ifMatch, () -> segments.tag(id).version()), body.name());
        return Etags.ok(tag.version(), tag);
    }

    @Operation(summary = "Delete a tag (its members keep everything else)")
    @DeleteMapping("/tags/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        segments.deleteTag(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Put the tag on organizations of the network")
    @PostMapping("/tags/{id}/organizations")
    TagView assign(@PathVariable UUID id, @RequestBody Organizations body) {
        return segments.assign(id, body.organizationIds() == null ? List.of() : body.organizationIds());
    }

    @Operation(summary = "Take the tag off an organization")
    @DeleteMapping("/tags/{id}/organizations/{organizationId}")
    TagView unassign(@PathVariable UUID id, @PathVariable UUID organizationId) {
        return segments.unassign(id, List.of(organizationId));
    }
}
