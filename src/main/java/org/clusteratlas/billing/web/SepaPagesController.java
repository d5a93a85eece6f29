package org.clusteratlas.billing.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.Invoices;
import org.clusteratlas.billing.MandateCommand;
import org.clusteratlas.billing.SepaDirectDebits;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's SEPA page: the members' mandates, a new mandate, revocation, and the pain.008 export. */
@Controller
class SepaPagesController {

    private static final List<String> FIELDS =
            List.of("organizationId", "reference", "signedOn", "debtorName", "iban", "bic");

    private final SepaDirectDebits sepa;
    private final Invoices invoices;
    private final MembershipRecords memberships;
    private final Networks networks;
    private final Validator validator;

    SepaPagesController(
            SepaDirectDebits sepa,
            Invoices invoices,
            MembershipRecords memberships,
            Networks networks,
            Validator validator) {
        this.sepa = sepa;
        this.invoices = invoices;
        this.memberships = memberships;
        this.networks = networks;
        this.validator = validator;
    }

    @GetMapping("/n/{slug}/billing/mandates")
    String mandates(@PathVariable String slug, Model model) {
        NetworkSummary network = office(slug);
        model.addAttribute("network", network);
        model.addAttribute("mandates", sepa.list(slug));
        model.addAttribute("members", memberships.list(slug, MembershipStatus.ACTIVE, null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MandateCommand(null, null, invoices.today(), null, null, null));
        }
        if (!model.containsAttribute("collectionDate")) {
            model.addAttribute("collectionDate", invoices.today().plusDays(5));
        }
        return "billing/mandates";
    }

    @PostMapping("/n/{slug}/billing/mandates")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") MandateCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        office(slug);
        if (!errors.hasErrors()) {
            List<FieldMessage> invalid = new ArrayList<>();
            for (ConstraintViolation<MandateCommand> violation : validator.validate(form)) {
                invalid.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
            }
            try {
                if (!invalid.isEmpty()) {
                    throw new ValidationFailedException(invalid);
                }
                sepa.create(slug, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/n/" + slug + "/billing/mandates";
            } catch (ValidationFailedException failed) {
                for (FieldMessage message : failed.errors()) {
                    if (FIELDS.contains(message.field())) {
                        errors.rejectValue(message.field(), "invalid", message.message());
                    } else {
                        errors.reject("invalid", message.message());
                    }
                }
            }
        }
        return mandates(slug, model);
    }

    @PostMapping("/n/{slug}/billing/mandates/{id}/revoke")
    String revoke(@PathVariable String slug, @PathVariable UUID id) {
        office(slug);
        if (!slug.equals(sepa.get(id).network())) {
            throw new NotFoundException("mandate");
        }
        sepa.revoke(id, invoices.today());
        return "redirect:/n/" + slug + "/billing/mandates";
    }

    /** The collection file as a download; what prevents it (no creditor id, nothing to collect) on the page. */
    @PostMapping("/n/{slug}/billing/mandates/export")
    Object export(
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate collectionDate,
            RedirectAttributes redirect) {
        office(slug);
        try {
            SepaDirectDebits.Export export =
                    sepa.export(slug, collectionDate == null ? invoices.today().plusDays(5) : collectionDate);
            return InvoiceApiController.download(
                    export.xml(), "pain.008-" + slug + "-" + collectionDate + ".xml", MediaType.APPLICATION_XML);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute(
                    "exportErrors",
                    invalid.errors().stream().map(FieldMessage::message).toList());
            redirect.addFlashAttribute("collectionDate", collectionDate);
            return "redirect:/n/" + slug + "/billing/mandates";
        }
    }

    private NetworkSummary office(String slug) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }
}
