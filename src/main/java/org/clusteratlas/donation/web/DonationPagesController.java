package org.clusteratlas.donation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.donation.AllocationCommand;
import org.clusteratlas.donation.AllocationMode;
import org.clusteratlas.donation.BeneficiaryCommand;
import org.clusteratlas.donation.BeneficiaryKind;
import org.clusteratlas.donation.DonationOverview;
import org.clusteratlas.donation.Donations;
import org.clusteratlas.donation.PayoutCommand;
import org.clusteratlas.donation.PolicyCommand;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public transparency page of a network's donations (with the members' vote) and the office's page for the rule,
 * the beneficiaries, the yearly allocation and the payouts. Plain forms: every change is a POST and a redirect; a
 * refused change shows the page again with the message and what was typed.
 */
@Controller
class DonationPagesController {

    static final String PUBLIC_VIEW = "donation/overview";
    static final String MANAGE_VIEW = "donation/manage";

    private final Donations donations;
    private final Networks networks;
    private final MessageSource messages;

    DonationPagesController(Donations donations, Networks networks, MessageSource messages) {
        this.donations = donations;
        this.networks = networks;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** The office's forms, flat so that they work without JavaScript. */
    record PolicyForm(BigDecimal sharePercent, AllocationMode allocation) {}

    record BeneficiaryForm(
            String name,
            BeneficiaryKind kind,
            String street,
            String postalCode,
            String city,
            String purposeDe,
            String purposeEn,
            Boolean active) {

        BeneficiaryCommand toCommand() {
            return new BeneficiaryCommand(
                    name, kind, street, postalCode, city, purposeDe, purposeEn, Boolean.TRUE.equals(active));
        }
    }

    record PayoutForm(UUID beneficiary, Integer year, LocalDate paidOn, BigDecimal amount, String reference) {}

    @GetMapping("/n/{slug}/donations")
    String overview(@PathVariable String slug, Model model) {
        NetworkSummary network = network(slug);
        DonationOverview overview = donations.overview(slug);
        model.addAttribute("network", network);
        model.addAttribute("overview", overview);
        model.addAttribute("canManage", donations.canManage(slug));
        model.addAttribute("currentYear", donations.currentYear());
        model.addAttribute("myVote", donations.myVote(slug).orElse(null));
        return PUBLIC_VIEW;
    }

    @PostMapping("/n/{slug}/donations/vote")
    String vote(
            @PathVariable String slug,
            @RequestParam(required = false) UUID beneficiary,
            Model model,
            RedirectAttributes redirect) {
        try {
            donations.vote(slug, beneficiary);
        } catch (ValidationFailedException | ConflictException refused) {
            model.addAttribute("voteErrors", messages(refused));
            return overview(slug, model);
        }
        redirect.addFlashAttribute("voted", true);
        return "redirect:/n/" + slug + "/donations";
    }

    @GetMapping("/n/{slug}/donations/manage")
    String manage(@PathVariable String slug, Model model) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        DonationOverview overview = donations.overview(slug);
        model.addAttribute("network", network);
        model.addAttribute("overview", overview);
        model.addAttribute("kinds", BeneficiaryKind.values());
        model.addAttribute("modes", AllocationMode.values());
        model.addAttribute("currentYear", donations.currentYear());
        List<Integer> years = new ArrayList<>();
        overview.years().forEach(y -> years.add(y.year()));
        if (!years.contains(donations.currentYear())) {
            years.addFirst(donations.currentYear());
        }
        model.addAttribute("years", years);
        Map<Integer, Map<UUID, BigDecimal>> decided = new LinkedHashMap<>();
        overview.years()
                .forEach(y -> decided.put(
                        y.year(),
                        y.lines().stream()
                                .collect(
                                        LinkedHashMap::new,
                                        (m, l) -> m.put(l.beneficiary(), l.percent()),
                                        Map::putAll)));
        model.addAttribute("decided", decided);
        // A form whose values could not be read is bound as null: the current values are shown instead.
        if (model.getAttribute("policyForm") == null) {
            model.addAttribute("policyForm", new PolicyForm(overview.sharePercent(), overview.allocation()));
        }
        if (model.getAttribute("beneficiaryForm") == null) {
            model.addAttribute(
                    "beneficiaryForm", new BeneficiaryForm("", BeneficiaryKind.KINDERGARTEN, "", "", "", "", "", true));
        }
        if (model.getAttribute("payoutForm") == null) {
            model.addAttribute("payoutForm", new PayoutForm(null, donations.currentYear(), null, null, ""));
        }
        return MANAGE_VIEW;
    }

    @PostMapping("/n/{slug}/donations/policy")
    String policy(
            @PathVariable String slug,
            @ModelAttribute("policyForm") PolicyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unreadable(slug, model, "policyErrors", binding);
        }
        return change(
                slug,
                model,
                redirect,
                "policyErrors",
                () -> donations.changePolicy(slug, new PolicyCommand(form.sharePercent(), form.allocation()), null));
    }

    @PostMapping("/n/{slug}/donations/beneficiaries")
    String addBeneficiary(
            @PathVariable String slug,
            @ModelAttribute("beneficiaryForm") BeneficiaryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unreadable(slug, model, "beneficiaryErrors", binding);
        }
        return change(
                slug,
                model,
                redirect,
                "beneficiaryErrors",
                () -> donations.addBeneficiary(slug, withActive(form).toCommand()));
    }

    @PostMapping("/n/{slug}/donations/beneficiaries/{id}")
    String changeBeneficiary(
            @PathVariable String slug,
            @PathVariable UUID id,
            @ModelAttribute("editForm") BeneficiaryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unreadable(slug, model, "beneficiaryErrors", binding);
        }
        return change(
                slug,
                model,
                redirect,
                "beneficiaryErrors",
                () -> donations.changeBeneficiary(slug, id, form.toCommand(), null));
    }

    @PostMapping("/n/{slug}/donations/beneficiaries/{id}/remove")
    String removeBeneficiary(
            @PathVariable String slug, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return change(slug, model, redirect, "beneficiaryErrors", () -> {
            donations.removeBeneficiary(slug, id);
            return null;
        });
    }

    /**
     * The allocation form sends one percentage per beneficiary as {@code percent_<id>}; empty fields count as 0.
     */
    @PostMapping("/n/{slug}/donations/allocations/{year}")
    String allocate(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        return change(slug, model, redirect, "allocationErrors", () -> {
            List<AllocationCommand.Share> shares = new ArrayList<>();
            List<FieldMessage> invalid = new ArrayList<>();
            parameters.forEach((name, value) -> {
                if (name.startsWith("percent_") && value != null && !value.isBlank()) {
                    try {
                        shares.add(new AllocationCommand.Share(
                                UUID.fromString(name.substring("percent_".length())),
                                new BigDecimal(value.strip().replace(',', '.'))));
                    } catch (IllegalArgumentException notANumber) {
                        invalid.add(new FieldMessage(name, message("donation.allocation.not-a-number", value)));
                    }
                }
            });
            if (!invalid.isEmpty()) {
                throw new ValidationFailedException(invalid);
            }
            return donations.allocate(slug, year, new AllocationCommand(shares));
        });
    }

    @PostMapping("/n/{slug}/donations/payouts")
    String payout(
            @PathVariable String slug,
            @ModelAttribute("payoutForm") PayoutForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unreadable(slug, model, "payoutErrors", binding);
        }
        return change(
                slug,
                model,
                redirect,
                "payoutErrors",
                () -> donations.recordPayout(
                        slug,
                        new PayoutCommand(
                                form.beneficiary(), form.year(), form.paidOn(), form.amount(), form.reference())));
    }

    private String change(
            String slug,
            Model model,
            RedirectAttributes redirect,
            String errorsAttribute,
            java.util.function.Supplier<Object> action) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        try {
            action.get();
        } catch (ValidationFailedException | ConflictException refused) {
            model.addAttribute(errorsAttribute, messages(refused));
            return manage(slug, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + slug + "/donations/manage";
    }

    /** A value the form could not read (a hand-edited request, letters in an amount): named per field. */
    private String unreadable(String slug, Model model, String errorsAttribute, BindingResult binding) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        model.addAttribute(
                errorsAttribute,
                binding.getFieldErrors().stream()
                        .map(error -> message(
                                "donation.form.invalid-value",
                                message("donation.field." + error.getField()),
                                String.valueOf(error.getRejectedValue())))
                        .toList());
        return manage(slug, model);
    }

    /** A new beneficiary is active unless the form says otherwise (its checkbox is only on the edit forms). */
    private static BeneficiaryForm withActive(BeneficiaryForm form) {
        return new BeneficiaryForm(
                form.name(),
                form.kind(),
                form.street(),
                form.postalCode(),
                form.city(),
                form.purposeDe(),
                form.purposeEn(),
                true);
    }

    private List<String> messages(RuntimeException refused) {
        if (refused instanceof ValidationFailedException invalid) {
            return invalid.errors().stream().map(FieldMessage::message).toList();
        }
        ConflictException conflict = (ConflictException) refused;
        return List.of(message(conflict.messageKey(), conflict.arguments()));
    }

    private String message(String key, Object... args) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
