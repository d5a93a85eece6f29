package org.clusteratlas.billing.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.BillingInterval;
import org.clusteratlas.billing.BillingSettingsCommand;
import org.clusteratlas.billing.Dunning;
import org.clusteratlas.billing.FeeScheduleCommand;
import org.clusteratlas.billing.FeeSchedules;
import org.clusteratlas.billing.InvoiceRunResult;
import org.clusteratlas.billing.InvoiceStatus;
import org.clusteratlas.billing.InvoiceView;
import org.clusteratlas.billing.Invoices;
import org.clusteratlas.billing.PaymentCommand;
import org.clusteratlas.billing.PaymentMethod;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's billing pages: invoices with status filter and totals, the invoice run and reminders, one invoice
 * with its payments and downloads, the fee schedules and the billing settings. Plain forms that post and redirect;
 * rights come first (the services refuse whoever does not run the network's office).
 */
@Controller
class BillingPagesController {

    private final Invoices invoices;
    private final Dunning dunning;
    private final FeeSchedules schedules;
    private final Networks networks;
    private final Validator validator;

    BillingPagesController(
            Invoices invoices, Dunning dunning, FeeSchedules schedules, Networks networks, Validator validator) {
        this.validator = validator;
        this.invoices = invoices;
        this.dunning = dunning;
        this.schedules = schedules;
        this.networks = networks;
    }

    /** The payment form. */
    record PaymentForm(String amount, LocalDate paidOn, PaymentMethod method, String reference) {}

    /** A schedule as the form posts it: up to eight fee rows, blank ones are dropped. */
    record ScheduleForm(
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal vatRate,
            BillingInterval interval,
            BigDecimal reducedPercent,
            List<Row> rows) {

        record Row(OrganizationKind kind, Integer employeesFrom, Integer employeesTo, BigDecimal yearlyAmount) {}

        static ScheduleForm empty(int year) {
            List<Row> rows = new ArrayList<>();
            FeeSchedules.defaultLines()
                    .forEach(l -> rows.add(new Row(l.kind(), l.employeesFrom(), l.employeesTo(), l.yearlyAmount())));
            while (rows.size() < 8) {
                rows.add(new Row(null, null, null, null));
            }
            return new ScheduleForm(
                    null,
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31),
                    BigDecimal.ZERO,
                    BillingInterval.YEARLY,
                    BigDecimal.ZERO,
                    rows);
        }

        FeeScheduleCommand toCommand() {
            List<FeeScheduleCommand.Line> lines = rows == null
                    ? List.of()
                    : rows.stream()
                            .filter(r -> r.kind() != null && r.yearlyAmount() != null)
                            .map(r -> new FeeScheduleCommand.Line(
                                    r.kind(), r.employeesFrom(), r.employeesTo(), r.yearlyAmount()))
                            .toList();
            return new FeeScheduleCommand(
                    name == null ? "" : name, validFrom, validTo, vatRate, interval, reducedPercent, lines);
        }
    }

    @GetMapping("/n/{slug}/billing")
    String invoices(@PathVariable String slug, @RequestParam(required = false) InvoiceStatus status, Model model) {
        NetworkSummary network = office(slug);
        List<InvoiceView> list = invoices.list(slug, status);
        model.addAttribute("network", network);
        model.addAttribute("status", status);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("invoices", list);
        model.addAttribute(
                "grossTotal", list.stream().map(InvoiceView::grossTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute(
                "openTotal", list.stream().map(InvoiceView::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("year", invoices.today().getYear());
        return "billing/invoices";
    }

    @PostMapping("/n/{slug}/billing/run")
    String run(
            @PathVariable String slug,
            @RequestParam int year,
            @RequestParam(required = false) Integer month,
            RedirectAttributes redirect) {
        try {
            InvoiceRunResult result = invoices.run(slug, year, month, invoices.today());
            redirect.addFlashAttribute("run", result);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute("errors", messages(invalid));
        }
        return "redirect:/n/" + slug + "/billing";
    }

    @PostMapping("/n/{slug}/billing/reminders")
    String remind(@PathVariable String slug, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reminded", dunning.remind(slug, invoices.today()));
        return "redirect:/n/" + slug + "/billing";
    }

    @GetMapping("/n/{slug}/billing/invoices/{id}")
    String invoice(@PathVariable String slug, @PathVariable UUID id, Model model) {
        InvoiceView invoice = own(slug, id);
        model.addAttribute("network", office(slug));
        model.addAttribute("invoice", invoice);
        if (!model.containsAttribute("payment")) {
            model.addAttribute(
                    "payment",
                    new PaymentForm(
                            invoice.openAmount().toPlainString(), invoices.today(), PaymentMethod.TRANSFER, null));
        }
        model.addAttribute("methods", PaymentMethod.values());
        return "billing/invoice";
    }

    @PostMapping("/n/{slug}/billing/invoices/{id}/payments")
    String pay(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("payment") PaymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InvoiceView invoice = own(slug, id);
        if (!errors.hasErrors()) {
            try {
                BigDecimal amount = parseAmount(form.amount());
                if (amount == null || form.paidOn() == null) {
                    errors.rejectValue(amount == null ? "amount" : "paidOn", "billing.page.error.required");
                } else {
                    invoices.pay(
                            invoice.id(),
                            invoice.version(),
                            new PaymentCommand(amount, form.paidOn(), form.method(), form.reference()));
                    redirect.addFlashAttribute("paid", true);
                    return "redirect:/n/" + slug + "/billing/invoices/" + id;
                }
            } catch (ValidationFailedException invalid) {
                invalid.errors().forEach(e -> errors.rejectValue(field(e, "amount"), "invalid", e.message()));
            }
        }
        return invoice(slug, id, model);
    }

    @PostMapping("/n/{slug}/billing/invoices/{id}/cancel")
    String cancel(@PathVariable String slug, @PathVariable UUID id) {
        InvoiceView invoice = own(slug, id);
        InvoiceView cancellation = invoices.cancel(invoice.id(), invoices.today());
        return "redirect:/n/" + slug + "/billing/invoices/" + cancellation.id();
    }

    @GetMapping("/n/{slug}/billing/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable UUID id) {
        InvoiceView invoice = own(slug, id);
        return InvoiceApiController.download(invoices.pdf(id), invoice.number() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/n/{slug}/billing/invoices/{id}/xml")
    ResponseEntity<byte[]> xml(@PathVariable String slug, @PathVariable UUID id) {
        InvoiceView invoice = own(slug, id);
        return InvoiceApiController.download(
                invoices.xrechnung(id), invoice.number() + "-xrechnung.xml", MediaType.APPLICATION_XML);
    }

    @GetMapping("/n/{slug}/billing/schedules")
    String schedules(@PathVariable String slug, Model model) {
        model.addAttribute("network", office(slug));
        model.addAttribute("schedules", schedules.list(slug));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ScheduleForm.empty(invoices.today().getYear() + 1));
        }
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("intervals", BillingInterval.values());
        return "billing/schedules";
    }

    @PostMapping("/n/{slug}/billing/schedules")
    String createSchedule(
            @PathVariable String slug,
            @ModelAttribute("form") ScheduleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        office(slug);
        List<String> fields = List.of("name", "validFrom", "validTo", "vatRate", "reducedPercent");
        FeeScheduleCommand command = form.toCommand();
        if (!errors.hasErrors() && valid(command, errors, fields)) {
            try {
                schedules.create(slug, command);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/n/" + slug + "/billing/schedules";
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid, fields);
            }
        }
        return schedules(slug, model);
    }

    @GetMapping("/n/{slug}/billing/settings")
    String settings(@PathVariable String slug, Model model) {
        model.addAttribute("network", office(slug));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    schedules
                            .settings(slug)
                            .map(s -> new BillingSettingsCommand(
                                    s.legalName(),
                                    s.street(),
                                    s.postalCode(),
                                    s.city(),
                                    s.country(),
                                    s.vatId(),
                                    s.taxNumber(),
                                    s.iban(),
                                    s.bic(),
                                    s.creditorId(),
                                    s.contactName(),
                                    s.contactPhone(),
                                    s.contactEmail(),
                                    s.language()))
                            .orElse(new BillingSettingsCommand(
                                    null, null, null, null, "DE", null, null, null, null, null, null, null, null,
                                    "de")));
        }
        return "billing/settings";
    }

    @PostMapping("/n/{slug}/billing/settings")
    String saveSettings(
            @PathVariable String slug,
            @ModelAttribute("form") BillingSettingsCommand posted,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        office(slug);
        // Empty inputs are "not given", as the API's missing fields are.
        BillingSettingsCommand form = new BillingSettingsCommand(
                blankToNull(posted.legalName()),
                blankToNull(posted.street()),
                blankToNull(posted.postalCode()),
                blankToNull(posted.city()),
                blankToNull(posted.country()),
                blankToNull(posted.vatId()),
                blankToNull(posted.taxNumber()),
                blankToNull(posted.iban()),
                blankToNull(posted.bic()),
                blankToNull(posted.creditorId()),
                blankToNull(posted.contactName()),
                blankToNull(posted.contactPhone()),
                blankToNull(posted.contactEmail()),
                blankToNull(posted.language()));
        List<String> fields = List.of(
                "legalName",
                "street",
                "postalCode",
                "city",
                "country",
                "vatId",
                "taxNumber",
                "iban",
                "bic",
                "creditorId",
                "contactName",
                "contactPhone",
                "contactEmail",
                "language");
        if (!errors.hasErrors() && valid(form, errors, fields)) {
            try {
                schedules.saveSettings(slug, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/n/" + slug + "/billing/settings";
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid, fields);
            }
        }
        return settings(slug, model);
    }

    // ---- helpers

    private NetworkSummary office(String slug) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    /** An invoice of this network (an invoice of another network the person runs is not found under this one). */
    private InvoiceView own(String slug, UUID id) {
        office(slug);
        InvoiceView invoice = invoices.get(id);
        if (!slug.equals(invoice.network())) {
            throw new NotFoundException("invoice");
        }
        return invoice;
    }

    private static void reject(BindingResult errors, ValidationFailedException invalid, List<String> fields) {
        for (FieldMessage message : invalid.errors()) {
            if (fields.contains(message.field())) {
                errors.rejectValue(message.field(), "invalid", message.message());
            } else {
                errors.reject("invalid", message.message());
            }
        }
    }

    private static String field(FieldMessage message, String fallback) {
        return message.field() == null || message.field().isBlank() ? fallback : message.field();
    }

    /** Bean validation of what the form makes, its messages next to the form's fields (or above the form). */
    private <T> boolean valid(T command, BindingResult errors, List<String> fields) {
        List<FieldMessage> found = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(command)) {
            found.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
        }
        if (!found.isEmpty()) {
            reject(errors, new ValidationFailedException(found), fields);
        }
        return found.isEmpty();
    }

    private static List<String> messages(ValidationFailedException invalid) {
        return invalid.errors().stream().map(FieldMessage::message).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "."));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
