package org.clusteratlas.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.Invoices;
import org.clusteratlas.billing.MandateCommand;
import org.clusteratlas.billing.MandateView;
import org.clusteratlas.billing.SepaDirectDebits;
import org.clusteratlas.shared.web.Etags;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SEPA direct debit mandates of a network's members and the pain.008 collection export, for its office. */
@Tag(name = "SEPA direct debit", description = "Mandates and pain.008.001.02 collection files")
@RestController
@RequestMapping("/api/v1")
class MandateApiController {

    private final SepaDirectDebits sepa;
    private final Invoices invoices;

    MandateApiController(SepaDirectDebits sepa, Invoices invoices) {
        this.sepa = sepa;
        this.invoices = invoices;
    }

    @Operation(summary = "A network's mandates, by reference")
    @GetMapping("/mandates")
    List<MandateView> list(@RequestParam String network) {
        return sepa.list(network);
    }

    @Operation(
            summary = "Record a mandate",
            description = "400 with a field message for an invalid IBAN or BIC; 409 for a reference in use.")
    @PostMapping("/mandates")
    ResponseEntity<MandateView> create(@RequestParam String network, @Valid @RequestBody MandateCommand command) {
        MandateView created = sepa.create(network, command);
        return Etags.created("/api/v1/mandates/" + created.id(), created.version(), created);
    }

    @Operation(summary = "One mandate")
    @GetMapping("/mandates/{id}")
    ResponseEntity<MandateView> get(@PathVariable UUID id) {
        MandateView mandate = sepa.get(id);
        return Etags.ok(mandate.version(), mandate);
    }

    @Operation(summary = "Revoke a mandate as of today (it is kept)")
    @PostMapping("/mandates/{id}/revoke")
    MandateView revoke(@PathVariable UUID id) {
        return sepa.revoke(id, invoices.today());
    }

    @Operation(
            summary = "Export a SEPA collection (pain.008.001.02)",
            description = "Collects on the date what is open of the network's open invoices whose members have an"
                    + " active mandate; those invoices are marked and not collected again.")
    @PostMapping(value = "/mandates/export", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> export(
            @RequestParam String network,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate collectionDate) {
        SepaDirectDebits.Export export = sepa.export(network, collectionDate);
        return InvoiceApiController.download(
                export.xml(), "pain.008-" + network + "-" + collectionDate + ".xml", MediaType.APPLICATION_XML);
    }
}
