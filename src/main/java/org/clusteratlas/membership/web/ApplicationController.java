package org.clusteratlas.membership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.membership.AdmissionRules;
import org.clusteratlas.membership.Admissions;
import org.clusteratlas.membership.ApplicationData;
import org.clusteratlas.membership.Memberships;
import org.clusteratlas.membership.RuleCheck;
import org.clusteratlas.membership.internal.MembershipProperties;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.storage.PdfUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The public application form of a network. Works without JavaScript; the script only moves the keyboard focus to
 * the error summary. Spam protection needs no third party: a honeypot field and a minimum time to fill the form.
 */
@Controller
class ApplicationController {

    static final String FORM_VIEW = "membership/apply";
    static final String THANKS_VIEW = "membership/thanks";

    /** The upload field of a required document is this prefix and the document's code. */
    static final String DOCUMENT_FIELD = "document-";

    private static final Logger log = LoggerFactory.getLogger(ApplicationController.class);

    private final Memberships memberships;
    private final Networks networks;
    private final MembershipProperties properties;
    private final PdfUploads pdfs;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    ApplicationController(
            Memberships memberships,
            Networks networks,
            MembershipProperties properties,
            PdfUploads pdfs,
            MessageSource messages) {
        this.memberships = memberships;
        this.networks = networks;
        this.properties = properties;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/apply")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("form", ApplicationForm.empty(clock.millis()));
        return show(network(slug), model);
    }

    @PostMapping("/n/{slug}/apply")
    String apply(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        NetworkSummary network = network(slug);
        if (form.isHoneypotFilled()) {
            // Looks like success to the bot, so it learns nothing to work around; nothing is stored or mailed.
            log.info("Application to {} dropped: honeypot filled", slug);
            return "redirect:/n/" + slug + "/apply/thanks";
        }
        if (!form.isWebsiteValid() && !errors.hasFieldErrors("website")) {
            errors.rejectValue("website", "membership.website.invalid");
        }
        if (form.competenceList().size() > ApplicationForm.MAX_COMPETENCES
                || form.competenceList().stream().anyMatch(c -> c.length() > ApplicationForm.MAX_COMPETENCE_LENGTH)) {
            errors.rejectValue(
                    "competences",
                    "membership.competences.too-many",
                    new Object[] {ApplicationForm.MAX_COMPETENCES, ApplicationForm.MAX_COMPETENCE_LENGTH},
                    null);
        }
        if (!errors.hasFieldErrors("postalCode") && !errors.hasFieldErrors("city")) {
            for (FieldMessage problem : memberships.checkPlace(
                    form.getPostalCode().strip(), form.getCity().strip(), "postalCode", "city")) {
                Object typed = problem.field().equals("city") ? form.getCity() : form.getPostalCode();
                errors.addError(new FieldError("form", problem.field(), typed, false, null, null, problem.message()));
            }
        }
        AdmissionRules rules = memberships.rulesOf(slug);
        List<Memberships.UploadedDocument> uploads = new ArrayList<>();
        Map<String, String> documentErrors = new LinkedHashMap<>();
        for (AdmissionRules.RequiredDocument required : rules.requiredDocuments()) {
            // The multipart request may sit beneath the security filters' wrappers.
            MultipartHttpServletRequest multipart =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            MultipartFile file = multipart == null ? null : multipart.getFile(DOCUMENT_FIELD + required.code());
            if (file == null || file.isEmpty()) {
                // Missing documents do not stop the application: the office sees what is missing and decides.
                continue;
            }
            PdfUploads.Result checked = pdfs.check(file);
            if (checked.isAccepted()) {
                uploads.add(new Memberships.UploadedDocument(required.code(), checked.pdf()));
            } else {
                String problem = messages.getMessage(
                        checked.refusalKey(), new Object[] {PdfUploads.MAX_BYTES / (1024 * 1024)}, locale);
                documentErrors.put(required.code(), problem);
                errors.reject(
                        "membership.document.invalid",
                        new Object[] {Admissions.documentName(required, locale), problem},
                        null);
            }
        }
        model.addAttribute("documentErrors", documentErrors);
        if (errors.hasErrors()) {
            return show(network, model);
        }
        if (isTooFast(form)) {
            // A person who is really that fast (autofill) only has to send again: the time since opening counts.
            errors.reject("membership.too-fast");
            return show(network, model);
        }
        ApplicationData data = form.toData(locale);
        Memberships.Submitted outcome = memberships.apply(slug, data, uploads);
        redirect.addFlashAttribute("organizationName", data.organizationName());
        redirect.addFlashAttribute("duplicate", outcome.outcome() == Memberships.Submission.ALREADY_PENDING);
        redirect.addFlashAttribute(
                "openChecks",
                outcome.open().stream().map(RuleCheck::explanation).toList());
        return "redirect:/n/" + slug + "/apply/thanks";
    }

    @GetMapping("/n/{slug}/apply/thanks")
    String thanks(@PathVariable String slug, Model model) {
        model.addAttribute("network", network(slug));
        return THANKS_VIEW;
    }

    private boolean isTooFast(ApplicationForm form) {
        if (form.getStartedAt() == null) {
            return true;
        }
        Duration taken = Duration.ofMillis(clock.millis() - form.getStartedAt());
        return taken.compareTo(properties.minimumFillTime()) < 0;
    }

    private String show(NetworkSummary network, Model model) {
        AdmissionRules rules = memberships.rulesOf(network.slug());
        model.addAttribute("network", network);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("rules", rules);
        model.addAttribute("ruleSummary", memberships.describeRules(network.slug()));
        model.addAttribute("documentField", DOCUMENT_FIELD);
        model.addAttribute("maxDocumentMegabytes", PdfUploads.MAX_BYTES / (1024 * 1024));
        if (!model.containsAttribute("documentErrors")) {
            model.addAttribute("documentErrors", Map.of());
        }
        return FORM_VIEW;
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
