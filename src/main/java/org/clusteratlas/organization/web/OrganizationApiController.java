package org.clusteratlas.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.organization.ImportResult;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.OrganizationListItem;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.internal.NdjsonImport;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organizations", description = "Companies, universities, associations and other network members")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApiController {

    static final String NDJSON = "application/x-ndjson";

    private final Organizations organizations;
    private final NdjsonImport importer;
    private final CurrentUsers currentUsers;

    OrganizationApiController(Organizations organizations, NdjsonImport importer, CurrentUsers currentUsers) {
        this.organizations = organizations;
        this.importer = importer;
        this.currentUsers = currentUsers;
    }

    /** A page of organizations in the API's paging shape. */
    record OrganizationPage(long total, int page, int size, List<OrganizationListItem> items) {

        static OrganizationPage of(Page<OrganizationListItem> page) {
            return new OrganizationPage(page.getTotalElements(), page.getNumber(), page.getSize(), page.getContent());
        }
    }

    @Operation(summary = "List the organizations the caller may see, by name; optionally of one network")
    @GetMapping
    OrganizationPage list(
            @RequestParam(required = false) String network,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return OrganizationPage.of(organizations.list(network, q, page, size));
    }

    @Operation(summary = "Create one organization (office of all its networks, or platform admin)")
    @PostMapping(consumes = "application/json")
    ResponseEntity<OrganizationDetails> create(@RequestBody OrganizationData data) {
        OrganizationDetails created = organizations.create(data);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Upsert organizations by externalId from NDJSON, one per line; bad lines are reported")
    @PostMapping(path = "/import", consumes = NDJSON)
    ImportResult importNdjson(HttpServletRequest request) throws IOException {
        if (!currentUsers.current().managesAnyNetwork()) {
            throw new AccessDeniedException("network managers only");
        }
        // NDJSON is UTF-8 (contract v1); a client that names another charset explicitly is taken at its word.
        Charset charset = charsetOf(request);
        try (BufferedReader body =
                new BufferedReader(new InputStreamReader(request.getInputStream(), charset), 64 * 1024)) {
            return importer.run(body);
        }
    }

    @Operation(summary = "One organization, as far as the caller may see it")
    @GetMapping("/{id}")
    OrganizationDetails get(@PathVariable String id) {
        return organizations.get(parse(id));
    }

    @Operation(summary = "Replace an organization's data (its editors, its networks' office, platform admin)")
    @PutMapping(path = "/{id}", consumes = "application/json")
    OrganizationDetails update(@PathVariable String id, @RequestBody OrganizationData data) {
        return organizations.update(parse(id), data);
    }

    @Operation(summary = "Delete an organization (office of all its networks, or platform admin)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        organizations.delete(parse(id));
        return ResponseEntity.noContent().build();
    }

    private static Charset charsetOf(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException illegalName) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A malformed id names no organization: 404, like an unknown one. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organization");
        }
    }
}
