package org.clusteratlas.organization.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.organization.search.Match;
import org.clusteratlas.organization.search.MatchScope;
import org.clusteratlas.organization.search.Matchmaking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matchmaking per the API contract: partners for an organization's needs, and leads for its offers. */
@Tag(name = "Matchmaking", description = "Partners for needs, leads for offers")
@RestController
@RequestMapping("/api/v1/organizations/{id}")
class MatchApiController {

    private final Matchmaking matchmaking;
    private final CurrentUsers currentUsers;

    MatchApiController(Matchmaking matchmaking, CurrentUsers currentUsers) {
        this.matchmaking = matchmaking;
        this.currentUsers = currentUsers;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(
            UUID id,
            String externalId,
            String slug,
            String name,
            String city,
            double score,
            Double distanceKm,
            List<Match.Reason> reasons) {

        static Hit of(Match match) {
            return new Hit(
                    match.id(),
                    match.externalId(),
                    match.slug(),
                    match.name(),
                    match.city(),
                    match.score(),
                    match.distanceKm(),
                    match.reasons());
        }
    }

    record Hits(List<Hit> hits) {

        static Hits of(List<Match> matches) {
            return new Hits(matches.stream().map(Hit::of).toList());
        }
    }

    @Operation(
            summary = "Organizations whose competences and offers meet this organization's open needs, best first",
            description = "Each hit says which need it meets and with what. Nearer partners rank higher; scope STATE"
                    + " or REGION (with radiusKm) restricts partners to the own federal state or region. The"
                    + " organization itself is never a match.")
    @GetMapping("/matches")
    Hits matches(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "10") int size,
            @Parameter(description = "ALL (default), STATE or REGION") @RequestParam(required = false) MatchScope scope,
            @RequestParam(defaultValue = "50") double radiusKm) {
        return Hits.of(matchmaking.matches(id, new Matchmaking.Options(scope, radiusKm, size), currentUsers.current()));
    }

    @Operation(
            summary = "Leads: organizations whose open needs this organization's offers and competences meet",
            description = "Each reason names their need and our offer or competence that meets it.")
    @GetMapping("/leads")
    Hits leads(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "10") int size,
            @RequestParam(required = false) MatchScope scope,
            @RequestParam(defaultValue = "50") double radiusKm) {
        return Hits.of(matchmaking.leads(id, new Matchmaking.Options(scope, radiusKm, size), currentUsers.current()));
    }
}
