package org.clusteratlas.donation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.clusteratlas.donation.AllocationCommand;
import org.clusteratlas.donation.BeneficiaryCommand;
import org.clusteratlas.donation.DonationOverview;
import org.clusteratlas.donation.Donations;
import org.clusteratlas.donation.PayoutCommand;
import org.clusteratlas.donation.PolicyCommand;
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

@Tag(
        name = "Donations",
        description = "The share of paid membership fees each network donates to kindergartens and schools: its rule,"
                + " beneficiaries, yearly allocation (office decision or member vote), payouts and the public figures")
@RestController
@RequestMapping("/api/v1/donations/{network}")
class DonationApiController {

    private final Donations donations;

    DonationApiController(Donations donations) {
        this.donations = donations;
    }

    @Operation(
            summary = "A network's donations per year (public)",
            description = "Income is the membership fees actually paid; the donations are that income times the share"
                    + " in force when each invoice was paid; the beneficiaries' amounts add up to the donations.")
    @GetMapping
    DonationOverview overview(@PathVariable String network) {
        return donations.overview(network);
    }

    @Operation(summary = "Set the donated share and how it is allocated (the network's office)")
    @PutMapping("/policy")
    DonationOverview policy(
            @PathVariable String network,
            @Valid @RequestBody PolicyCommand command,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return donations.changePolicy(network, command, expectedVersion(ifMatch));
    }

    @Operation(summary = "Add a beneficiary: a kindergarten, school or similar (the network's office)")
    @PostMapping("/beneficiaries")
    ResponseEntity<DonationOverview.Beneficiary> addBeneficiary(
            @PathVariable String network, @Valid @RequestBody BeneficiaryCommand command) {
        DonationOverview.Beneficiary created = donations.addBeneficiary(network, command);
        return ResponseEntity.created(URI.create("/api/v1/donations/" + network + "/beneficiaries/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a beneficiary (the network's office)")
    @PutMapping("/beneficiaries/{id}")
    DonationOverview.Beneficiary changeBeneficiary(
            @PathVariable String network,
            @PathVariable UUID id,
            @Valid @RequestBody BeneficiaryCommand command,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return donations.changeBeneficiary(network, id, command, expectedVersion(ifMatch));
    }

    @Operation(summary = "Remove a beneficiary that never received money (the network's office)")
    @DeleteMapping("/beneficiaries/{id}")
    ResponseEntity<Void> removeBeneficiary(@PathVariable String network, @PathVariable UUID id) {
        donations.removeBeneficiary(network, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Divide a year's donations among the beneficiaries (the network's office)",
            description = "Percentages must add up to exactly 100; an empty list withdraws the decision.")
    @PutMapping("/allocations/{year}")
    DonationOverview allocate(
            @PathVariable String network, @PathVariable int year, @Valid @RequestBody AllocationCommand command) {
        return donations.allocate(network, year, command);
    }

    @Operation(summary = "Record a transfer to a beneficiary (the network's office)")
    @PostMapping("/payouts")
    ResponseEntity<DonationOverview.Payout> payout(
            @PathVariable String network, @Valid @RequestBody PayoutCommand command) {
        DonationOverview.Payout payout = donations.recordPayout(network, command);
        return ResponseEntity.created(URI.create("/api/v1/donations/" + network))
                .body(payout);
    }

    /** A member's vote. */
    record Vote(@jakarta.validation.constraints.NotNull UUID beneficiary) {}

    @Operation(summary = "Vote for this year's beneficiary (members of the network, when it lets members vote)")
    @PutMapping("/votes/mine")
    ResponseEntity<Void> vote(@PathVariable String network, @Valid @RequestBody Vote vote) {
        donations.vote(network, vote.beneficiary());
        return ResponseEntity.noContent().build();
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return org.clusteratlas.shared.web.Etags.version(ifMatch, () -> -1);
    }
}
