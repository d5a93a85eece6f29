package org.clusteratlas.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.Dunning;
import org.clusteratlas.billing.InvoiceRunResult;
import org.clusteratlas.billing.InvoiceStatus;
import org.clusteratlas.billing.InvoiceView;
import org.clusteratlas.billing.Invoices;
import org.clusteratlas.billing.PaymentCommand;
import org.clusteratlas.shared.web.Etags;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices of a network's office: lists, the yearly run, single invoices, payments, cancellation, reminders and the
 * PDF and XRechnung downloads. An organization's editors may read its own invoices. Another network's invoice
 * answers 404.
 */
@Tag(name = "Billing", description = "Fee schedules, billing settings, invoices, payments, dunning")
@RestController
@RequestMapping("/api/v1")
class InvoiceApiController {

    private final Invoices invoices;
    private final Dunning dunning;

    InvoiceApiController(Invoices invoices, Dunning dunning) {
        this.invoices = invoices;
        this.dunning = dunning;
    }

    /** An invoice run: the year, and the month for monthly schedules. */
    record RunRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Min(1) @Max(12) Integer month) {}

    /** One membership's invoice for a year (from its join month in its first year) or a month. */
    record IssueRequest(
            @NotNull UUID membershipId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Min(1) @Max(12) Integer month) {}

    @Operation(summary = "A network's invoices (or an organization's, for its editors), newest first")
    @GetMapping("/invoices")
    List<InvoiceView> list(
            @RequestParam(required = false) String network,
            @RequestParam(required = false) UUID organization,
            @RequestParam(required = false) InvoiceStatus status) {
        if (network == null && organization != null) {
            return invoices.ofOrganization(organization);
        }
        return invoices.list(network == null ? "" : network, status);
    }

    @Operation(
            summary = "Invoice one membership",
            description = "409 when the period is invoiced already; 400 when the member pays nothing for it.")
    @PostMapping("/invoices")
    ResponseEntity<InvoiceView> issue(@Valid @RequestBody IssueRequest request) {
        InvoiceView created =
                invoices.issueFor(request.membershipId(), request.year(), request.month(), invoices.today());
        return Etags.created("/api/v1/invoices/" + created.id(), created.version(), created);
    }

    @Operation(
            summary = "Invoice run of a network",
            description = "Invoices every active paying member for the year (or month); periods invoiced already are"
                    + " skipped and counted.")
    @PostMapping("/invoices/run")
    InvoiceRunResult run(@RequestParam String network, @Valid @RequestBody RunRequest request) {
        return invoices.run(network, request.year(), request.month(), invoices.today());
    }

    @Operation(summary = "Send the reminders that are due for the network's overdue invoices")
    @PostMapping("/invoices/reminders")
    ReminderResult remind(@RequestParam String network) {
        return new ReminderResult(dunning.remind(network, invoices.today()));
    }

    record ReminderResult(int reminded) {}

    @Operation(summary = "One invoice with lines, payments and reminders")
    @GetMapping("/invoices/{id}")
    ResponseEntity<InvoiceView> get(@PathVariable UUID id) {
        InvoiceView invoice = invoices.get(id);
        return Etags.ok(invoice.version(), invoice);
    }

    @Operation(
            summary = "Record a payment",
            description = "Partial payments are allowed; more than the open amount is refused (400). The invoice is"
                    + " paid when nothing is open.")
    @PostMapping("/invoices/{id}/payments")
    ResponseEntity<InvoiceView> pay(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PaymentCommand payment) {
        Long version = ifMatch == null ? null : Etags.version(ifMatch, () -> 0L);
        InvoiceView paid = invoices.pay(id, version, payment);
        return Etags.ok(paid.version(), paid);
    }

    @Operation(
            summary = "Cancel an unpaid invoice",
            description = "Issues a cancellation invoice with its own number; the original stays, marked cancelled.")
    @PostMapping("/invoices/{id}/cancel")
    InvoiceView cancel(@PathVariable UUID id) {
        return invoices.cancel(id, invoices.today());
    }

    @Operation(summary = "The invoice as Factur-X/ZUGFeRD PDF/A-3 (EN16931) with embedded XML")
    @GetMapping(value = "/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        byte[] pdf = invoices.pdf(id);
        return download(pdf, invoices.number(id) + ".pdf", MediaType.APPLICATION_PDF);
    }

    @Operation(summary = "The invoice as XRechnung (UN/CEFACT CII)")
    @GetMapping(value = "/invoices/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> xml(@PathVariable UUID id) {
        byte[] xml = invoices.xrechnung(id);
        return download(xml, invoices.number(id) + "-xrechnung.xml", MediaType.APPLICATION_XML);
    }

    static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }
}
