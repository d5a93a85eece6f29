package org.clusteratlas.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.BillingSettingsCommand;
import org.clusteratlas.billing.BillingSettingsView;
import org.clusteratlas.billing.DiscountCommand;
import org.clusteratlas.billing.DiscountView;
import org.clusteratlas.billing.FeeScheduleCommand;
import org.clusteratlas.billing.FeeScheduleView;
import org.clusteratlas.billing.FeeSchedules;
import org.clusteratlas.shared.NotFoundException;
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

/** A network's fee schedules and billing settings, for its office. Another network's schedule answers 404. */
@Tag(name = "Billing", description = "Fee schedules, billing settings, invoices, payments, dunning")
@RestController
@RequestMapping("/api/v1")
class FeeScheduleApiController {

    private final FeeSchedules schedules;

    FeeScheduleApiController(FeeSchedules schedules) {
        this.schedules = schedules;
    }

    @Operation(summary = "A network's fee schedules, by start of validity")
    @GetMapping("/fee-schedules")
    List<FeeScheduleView> list(@RequestParam String network) {
        return schedules.list(network);
    }

    @Operation(
            summary = "Create a fee schedule",
            description = "Validity periods of a network's schedules must not overlap (400 with a field message)."
                    + " VAT 0 % by default: genuine membership fees of a registered association are not taxable.")
    @PostMapping("/fee-schedules")
    ResponseEntity<FeeScheduleView> create(
            @RequestParam String network, @Valid @RequestBody FeeScheduleCommand command) {
        FeeScheduleView created = schedules.create(network, command);
        return Etags.created("/api/v1/fee-schedules/" + created.id(), created.version(), created);
    }

    @Operation(summary = "One fee schedule")
    @GetMapping("/fee-schedules/{id}")
    ResponseEntity<FeeScheduleView> get(@PathVariable UUID id) {
        FeeScheduleView schedule = schedules.get(id);
        return Etags.ok(schedule.version(), schedule);
    }

    @Operation(summary = "Replace a fee schedule")
    @PutMapping("/fee-schedules/{id}")
    ResponseEntity<FeeScheduleView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody FeeScheduleCommand command) {
        FeeScheduleView saved = schedules.update(
                id, Etags.version(ifMatch, () -> schedules.get(id).version()), command);
        return Etags.ok(saved.version(), saved);
    }

    @Operation(summary = "Delete a fee schedule (issued invoices keep their amounts)")
    @DeleteMapping("/fee-schedules/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The network's billing settings (the seller on its invoices)")
    @GetMapping("/billing-settings")
    BillingSettingsView settings(@RequestParam String network) {
        return schedules.settings(network).orElseThrow(() -> new NotFoundException("billing settings"));
    }

    @Operation(summary = "Save the network's billing settings", description = "The IBAN is checked (400 when invalid).")
    @PutMapping("/billing-settings")
    BillingSettingsView saveSettings(@RequestParam String network, @Valid @RequestBody BillingSettingsCommand command) {
        return schedules.saveSettings(network, command);
    }

    @Operation(summary = "The named discounts of a network's members")
    @GetMapping("/fee-discounts")
    List<DiscountView> discounts(@RequestParam String network) {
        return schedules.discounts(network);
    }

    @Operation(
            summary = "Grant or change a member's named discount",
            description = "Applies to invoices issued from now on, after the fee category's reduction.")
    @PutMapping("/fee-discounts/{organizationId}")
    DiscountView setDiscount(
            @RequestParam String network,
            @PathVariable UUID organizationId,
            @Valid @RequestBody DiscountCommand command) {
        return schedules.setDiscount(network, organizationId, command);
    }

    @Operation(summary = "Remove a member's discount")
    @DeleteMapping("/fee-discounts/{organizationId}")
    ResponseEntity<Void> removeDiscount(@RequestParam String network, @PathVariable UUID organizationId) {
        schedules.removeDiscount(network, organizationId);
        return ResponseEntity.noContent().build();
    }
}
