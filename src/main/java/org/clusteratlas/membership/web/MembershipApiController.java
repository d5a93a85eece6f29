package org.clusteratlas.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.MembershipCommand;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipType;
import org.clusteratlas.membership.MembershipView;
import org.clusteratlas.shared.web.Etags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's membership records. Lists are per network ({@code network} is its slug) and only for its office; a
 * single record of another network answers 404. Changes may carry {@code If-Match} with the ETag a read returned.
 */
@Tag(
        name = "Memberships",
        description = "Membership records of a network's office: type, status, fee category, history")
@RestController
@RequestMapping("/api/v1")
class MembershipApiController {

    private final MembershipRecords records;

    MembershipApiController(MembershipRecords records) {
        this.records = records;
    }

    @Operation(summary = "A network's memberships, by organization name; filtered by status and type when given")
    @GetMapping("/memberships")
    List<MembershipView> list(
            @RequestParam String network,
            @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String type) {
        return records.list(network, status, type);
    }

    @Operation(
            summary = "Record a membership",
            description = "For an organization without a record in the network: an applicant, or a member admitted"
                    + " directly (status ACTIVE, the default), who then appears in the network at once.")
    @PostMapping("/memberships")
    ResponseEntity<MembershipView> create(@RequestParam String network, @Valid @RequestBody MembershipCommand command) {
        MembershipView created = records.create(network, command);
        return Etags.created("/api/v1/memberships/" + created.id(), created.version(), created);
    }

    @Operation(summary = "One membership with its history")
    @GetMapping("/memberships/{id}")
    ResponseEntity<MembershipView> get(@PathVariable UUID id) {
        MembershipView membership = records.get(id);
        return Etags.ok(membership.version(), membership);
    }

    @Operation(
            summary = "Change status, type or fee category",
            description = "Statuses move applicant → active → suspended → terminated (and back to active, or from"
                    + " terminated to applicant or active); suspending and terminating need a reason. Fields left out"
                    + " stay as they are.")
    @PatchMapping("/memberships/{id}")
    ResponseEntity<MembershipView> change(
            @PathVariable UUID id,
            @Parameter(description = "the ETag of the version the change is based on")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody MembershipCommand command) {
        MembershipView saved =
                records.change(id, Etags.version(ifMatch, () -> records.get(id).version()), command);
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "The membership types a network offers (public)")
    @GetMapping("/membership-types")
    List<MembershipType> types(@RequestParam String network) {
        return records.types(network);
    }

    @Operation(summary = "Replace the membership types of a network (its office); types still held cannot be dropped")
    @PutMapping("/membership-types")
    List<MembershipType> replaceTypes(@RequestParam String network, @RequestBody List<MembershipType> types) {
        return records.replaceTypes(network, types);
    }
}
