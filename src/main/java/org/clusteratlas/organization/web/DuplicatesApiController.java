package org.clusteratlas.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.organization.DuplicateCandidate;
import org.clusteratlas.organization.MergePreview;
import org.clusteratlas.organization.Organizations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Likely duplicate organizations of a network, and merging one into another (the network's office). */
@Tag(name = "Duplicates", description = "Likely duplicate organizations and their merge")
@RestController
@RequestMapping("/api/v1/organizations")
class DuplicatesApiController {

    private final Organizations organizations;

    DuplicatesApiController(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Which organization is merged into the one in the path. */
    record Merge(UUID duplicateId) {}

    @Operation(summary = "Pairs of the network's organizations that are probably the same, most certain first")
    @GetMapping("/duplicates")
    List<DuplicateCandidate> duplicates(@RequestParam String network) {
        return organizations.duplicates(network);
    }

    @Operation(summary = "What merging the duplicate into this organization would do (nothing is changed)")
    @GetMapping("/{id}/merge-preview")
    MergePreview preview(@PathVariable UUID id, @RequestParam UUID duplicate) {
        return organizations.mergePreview(id, duplicate);
    }

    @Operation(
            summary = "Merge the duplicate into this organization",
            description = "This organization keeps its values and takes the duplicate's where it has none, all"
                    + " competences, networks and contact persons; history, CRM records, memberships and editors move"
                    + " here; the duplicate is deleted.")
    @PostMapping("/{id}/merge")
    MergePreview merge(@PathVariable UUID id, @RequestBody Merge body) {
        return organizations.merge(id, body.duplicateId());
    }
}
