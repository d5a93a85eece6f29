package org.clusteratlas.organization.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.search.ContactHit;
import org.clusteratlas.organization.search.ContactSearch;
import org.clusteratlas.organization.search.OrganizationHit;
import org.clusteratlas.organization.search.OrganizationQuery;
import org.clusteratlas.organization.search.OrganizationResults;
import org.clusteratlas.organization.search.OrganizationSearch;
import org.clusteratlas.organization.search.SearchOrder;
import org.clusteratlas.organization.search.SearchScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organization, offer and need search as the API contract describes it ({@code /api/v1/search/organizations}). */
@Tag(name = "Search", description = "Find organizations, offers, needs and contact persons")
@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

    private final OrganizationSearch search;
    private final ContactSearch contacts;
    private final CurrentUsers currentUsers;

    SearchApiController(OrganizationSearch search, ContactSearch contacts, CurrentUsers currentUsers) {
        this.search = search;
        this.contacts = contacts;
        this.currentUsers = currentUsers;
    }

    /**
     * One hit as the contract shows it, plus slug, kind and position for maps and links, and the slugs of the
     * networks it belongs to (a federation's search says where each hit comes from).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(
            UUID id,
            String externalId,
            String slug,
            String name,
            OrganizationKind kind,
            String city,
            String postalCode,
            Double latitude,
            Double longitude,
            Double distanceKm,
            float score,
            List<String> highlights,
            List<String> networks) {

        static Hit of(OrganizationHit hit) {
            return new Hit(
                    hit.id(),
                    hit.externalId(),
                    hit.slug(),
                    hit.name(),
                    hit.kind(),
                    hit.city(),
                    hit.postalCode(),
                    hit.latitude(),
                    hit.longitude(),
                    hit.distanceKm(),
                    hit.score(),
                    hit.highlights(),
                    hit.networks());
        }
    }

    record Results(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {

        static Results of(OrganizationResults results) {
            return new Results(
                    results.total(),
                    results.page(),
                    results.size(),
                    results.hits().stream().map(Hit::of).toList(),
                    results.facets());
        }
    }

    @Operation(summary = "Search organizations", description = """
                    Free text in German or English (typos, compounds and inflected forms included), optionally near a \
                    place (postal code, place name or "lat,lon") within radiusKm (default 50). Filters are repeatable; \
                    values of one filter are alternatives. Facet counts cover the whole result. Only what the caller \
                    may see is searched, counted and highlighted. Hits are ordered best first, or nearest first when \
                    near is given (sort=RELEVANCE to change).""")
    @GetMapping("/organizations")
    Results organizations(
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "de or en: language of the user interface; does not limit recall")
                    @RequestParam(required = false)
                    String lang,
            @RequestParam(defaultValue = "") String near,
            @RequestParam(required = false) Double radiusKm,
            @RequestParam(name = "network", required = false) List<String> networks,
            @Parameter(
                            description =
                                    "a federation's slug: only profiles that its networks share there (the competence atlas)")
                    @RequestParam(required = false)
                    String federation,
            @RequestParam(name = "kind", required = false) List<OrganizationKind> kinds,
            @Parameter(description = "competence concept URI") @RequestParam(name = "concept", required = false)
                    List<String> concepts,
            @Parameter(description = "NACE section code") @RequestParam(name = "industry", required = false)
                    List<String> industries,
            @Parameter(description = "German federal state") @RequestParam(name = "state", required = false)
                    List<String> states,
            @RequestParam(name = "employeeBand", required = false) List<EmployeeBand> employeeBands,
            @RequestParam(name = "certification", required = false) List<String> certifications,
            @Parameter(description = "ORGANIZATIONS (default), OFFERS or NEEDS") @RequestParam(required = false)
                    SearchScope scope,
            @RequestParam(required = false) SearchOrder sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        OrganizationQuery query = new OrganizationQuery(
                q,
                near,
                radiusKm,
                networks,
                kinds,
                concepts,
                industries,
                states,
                employeeBands,
                certifications,
                scope,
                sort,
                page,
                size,
                federation);
        return Results.of(search.search(query, currentUsers.current()));
    }

    record ContactResults(long total, int page, int size, List<ContactHit> hits) {}

    @Operation(
            summary = "Who is the right person to talk to? (signed-in members and staff)",
            description = "People by their topics, role, name and organization; only contacts of organizations whose"
                    + " contact persons the caller may see.")
    @GetMapping("/contacts")
    ContactResults contacts(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ContactSearch.Results results = contacts.search(q, page, size, currentUsers.current());
        return new ContactResults(results.total(), results.page(), results.size(), results.hits());
    }
}
