package org.clusteratlas.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.network.FederationCommand;
import org.clusteratlas.network.FederationSummary;
import org.clusteratlas.network.NetworkCommand;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Networks", description = "Regional networks, clusters and their federations")
@RestController
@RequestMapping("/api/v1")
class NetworkApiController {

    private final Networks networks;

    NetworkApiController(Networks networks) {
        this.networks = networks;
    }

    /** A network as the API shows it (contract v1: slug, name, region, memberCount; the rest is additional). */
    record NetworkResource(
            UUID id,
            String slug,
            LocalizedText name,
            LocalizedText description,
            String region,
            List<String> federations,
            long memberCount,
            boolean editsRequireApproval,
            List<String> withheldFrom,
            String primaryColor,
            String accentColor) {

        static NetworkResource of(NetworkSummary network, Map<UUID, Long> counts) {
            return new NetworkResource(
                    network.id(),
                    network.slug(),
                    network.name(),
                    network.description(),
                    network.region(),
                    network.federations(),
                    counts.getOrDefault(network.id(), 0L),
                    network.editsRequireApproval(),
                    network.withheldFrom(),
                    network.primaryColor(),
                    network.accentColor());
        }
    }

    @Operation(summary = "Create a network (platform admin)")
    @PostMapping("/networks")
    ResponseEntity<NetworkResource> create(@Valid @RequestBody NetworkCommand command) {
        NetworkSummary created = networks.create(command);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + created.slug()))
                .body(NetworkResource.of(created, Map.of()));
    }

    @Operation(summary = "List all networks with their member counts")
    @GetMapping("/networks")
    List<NetworkResource> list() {
        Map<UUID, Long> counts = networks.memberCounts();
        return networks.all().stream().map(n -> NetworkResource.of(n, counts)).toList();
    }

    @Operation(summary = "One network")
    @GetMapping("/networks/{slug}")
    NetworkResource get(@PathVariable String slug) {
        return NetworkResource.of(
                networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network")), networks.memberCounts());
    }

    @Operation(summary = "Change a network (its office or a platform admin); the slug stays")
    @PutMapping("/networks/{slug}")
    NetworkResource update(@PathVariable String slug, @Valid @RequestBody NetworkCommand command) {
        return NetworkResource.of(networks.update(slug, command), networks.memberCounts());
    }

    @Operation(summary = "List all federations")
    @GetMapping("/federations")
    List<FederationSummary> federations() {
        return networks.allFederations();
    }

    @Operation(summary = "One federation")
    @GetMapping("/federations/{slug}")
    FederationSummary federation(@PathVariable String slug) {
        return networks.findFederation(slug).orElseThrow(() -> new NotFoundException("federation"));
    }

    @Operation(summary = "Create a federation of networks (platform admin)")
    @PostMapping("/federations")
    ResponseEntity<FederationSummary> createFederation(@Valid @RequestBody FederationCommand command) {
        FederationSummary created = networks.createFederation(command);
        return ResponseEntity.created(URI.create("/api/v1/federations/" + created.slug()))
                .body(created);
    }

    @Operation(summary = "Change a federation and its member networks (platform admin)")
    @PutMapping("/federations/{slug}")
    FederationSummary updateFederation(@PathVariable String slug, @Valid @RequestBody FederationCommand command) {
        return networks.updateFederation(slug, command);
    }

    /** Whether a network shares its members' profiles in a federation it belongs to. */
    record Sharing(@NotNull Boolean sharesProfiles) {}

    @Operation(
            summary = "Share or withhold a network's profiles in a federation (the network's office)",
            description = "Nothing is copied: the federation's search reads the network's profiles as they are, and"
                    + " stops showing them as soon as the network withholds them. 404 when the network does not"
                    + " belong to the federation.")
    @PutMapping("/federations/{slug}/networks/{network}")
    NetworkResource share(
            @PathVariable String slug, @PathVariable String network, @Valid @RequestBody Sharing sharing) {
        return NetworkResource.of(networks.share(network, slug, sharing.sharesProfiles()), networks.memberCounts());
    }

    @Operation(summary = "Take a network out of a federation (the network's office)")
    @DeleteMapping("/federations/{slug}/networks/{network}")
    ResponseEntity<Void> leave(@PathVariable String slug, @PathVariable String network) {
        networks.leaveFederation(network, slug);
        return ResponseEntity.noContent().build();
    }
}
