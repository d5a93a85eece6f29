package org.clusteratlas.membership;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.internal.AdmissionRuleSet;
import org.clusteratlas.membership.internal.AdmissionRuleSets;
import org.clusteratlas.membership.internal.MembershipProperties;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's admission rules: read and replaced by its office (and platform admins), and applied to applications.
 * The checks advise the office, they decide nothing; a rule set that would refuse every applicant is never stored.
 */
@Service
@Transactional
public class Admissions {

    /** More would be a form nobody finishes. */
    public static final int MAX_DOCUMENTS = 10;

    public static final int MAX_RANGES = 50;

    private final AdmissionRuleSets ruleSets;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Gazetteer gazetteer;
    private final MessageSource messages;
    private final MembershipProperties properties;

    Admissions(
            AdmissionRuleSets ruleSets,
            Networks networks,
            CurrentUsers currentUsers,
            Gazetteer gazetteer,
            MessageSource messages,
            MembershipProperties properties) {
        this.ruleSets = ruleSets;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.gazetteer = gazetteer;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The network's rules, the founding ones while its office has set none. Office of that network and platform
     * admins only (access denied for anyone else, before anything is looked up).
     *
     * @throws NotFoundException for an unknown network
     */
    @Transactional(readOnly = true)
    public AdmissionRulesView get(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return view(network, ruleSets.findById(network.id()));
    }

    /**
     * Replaces the network's rules as a whole.
     *
     * @throws ValidationFailedException when the rules are malformed or would refuse every applicant, with one
     *     message per field in the caller's language
     */
    public AdmissionRulesView replace(String networkSlug, AdmissionRules rules) {
        NetworkSummary network = office(networkSlug);
        AdmissionRules normalized = validate(rules);
        AdmissionRuleSet set = ruleSets.findById(network.id()).orElseGet(() -> new AdmissionRuleSet(network.id()));
        set.replace(normalized, currentUsers.current().displayName());
        return view(network, Optional.of(ruleSets.saveAndFlush(set)));
    }

    /** The rules that apply to applications to the network; no rights needed (the application form shows them). */
    @Transactional(readOnly = true)
    public AdmissionRules rulesOf(UUID networkId) {
        return ruleSets.findById(networkId).map(AdmissionRuleSet::rules).orElseGet(this::founding);
    }

    /**
     * One check per rule that restricts anything, in the order kind, region, employees, group, documents; the
     * explanations are in the current request's language.
     *
     * @param uploaded codes of the documents the applicant uploaded
     */
    @Transactional(readOnly = true)
    public List<RuleCheck> evaluate(UUID networkId, ApplicationData data, Set<String> uploaded) {
        return evaluate(rulesOf(networkId), data, uploaded, LocaleContextHolder.getLocale());
    }

    List<RuleCheck> evaluate(AdmissionRules rules, ApplicationData data, Set<String> uploaded, Locale locale) {
        List<RuleCheck> checks = new ArrayList<>();
        if (!rules.allKindsAllowed()) {
            String kind = kindName(data.kind(), locale);
            boolean allowed = rules.allowedKinds().contains(data.kind());
            checks.add(new RuleCheck(
                    RuleCheck.Rule.KIND,
                    allowed ? RuleCheck.Outcome.PASSED : RuleCheck.Outcome.FAILED,
                    null,
                    allowed
                            ? msg(locale, "admission.check.kind.passed", kind)
                            : msg(
                                    locale,
                                    "admission.check.kind.failed",
                                    kind,
                                    rules.allowedKinds().stream()
                                            .map(k -> kindName(k, locale))
                                            .collect(Collectors.joining(", ")))));
        }
        if (rules.hasRegion()) {
            checks.add(region(rules, data, locale));
        }
        if (rules.maxEmployees() != null) {
            checks.add(employees(rules.maxEmployees(), data, locale));
        }
        if (rules.excludeGroups()) {
            checks.add(new RuleCheck(
                    RuleCheck.Rule.GROUP,
                    data.partOfGroup() ? RuleCheck.Outcome.FAILED : RuleCheck.Outcome.PASSED,
                    null,
                    msg(locale, data.partOfGroup() ? "admission.check.group.failed" : "admission.check.group.passed")));
        }
        for (AdmissionRules.RequiredDocument document : rules.requiredDocuments()) {
            boolean there = uploaded.contains(document.code());
            checks.add(new RuleCheck(
                    RuleCheck.Rule.DOCUMENT,
                    there ? RuleCheck.Outcome.PASSED : RuleCheck.Outcome.NOT_STATED,
                    document.code(),
                    msg(
                            locale,
                            there ? "admission.check.document.passed" : "admission.check.document.missing",
                            documentName(document, locale))));
        }
        return List.copyOf(checks);
    }

    private RuleCheck region(AdmissionRules rules, ApplicationData data, Locale locale) {
        List<String> parts = new ArrayList<>();
        rules.postalRanges().forEach(r -> parts.add(r.toString()));
        parts.addAll(rules.federalStates());
        String area = String.join(", ", parts);
        String code = data.postalCode();
        if (rules.postalRanges().stream().anyMatch(r -> r.contains(code))) {
            return new RuleCheck(
                    RuleCheck.Rule.REGION,
                    RuleCheck.Outcome.PASSED,
                    null,
                    msg(locale, "admission.check.region.passed", code, area));
        }
        if (rules.federalStates().isEmpty()) {
            return new RuleCheck(
                    RuleCheck.Rule.REGION,
                    RuleCheck.Outcome.FAILED,
                    null,
                    msg(locale, "admission.check.region.failed", code, area));
        }
        String state = gazetteer.locate(code, data.city()).map(Place::state).orElse(null);
        if (state == null || state.isBlank()) {
            return new RuleCheck(
                    RuleCheck.Rule.REGION,
                    RuleCheck.Outcome.NOT_STATED,
                    null,
                    msg(locale, "admission.check.region.unknown", code, area));
        }
        boolean inside = rules.federalStates().contains(state);
        return new RuleCheck(
                RuleCheck.Rule.REGION,
                inside ? RuleCheck.Outcome.PASSED : RuleCheck.Outcome.FAILED,
                null,
                msg(
                        locale,
                        inside ? "admission.check.region.passed" : "admission.check.region.failed",
                        code + " (" + state + ")",
                        area));
    }

    private RuleCheck employees(int max, ApplicationData data, Locale locale) {
        if (data.kind() != OrganizationKind.COMPANY) {
            return new RuleCheck(
                    RuleCheck.Rule.EMPLOYEES,
                    RuleCheck.Outcome.PASSED,
                    null,
                    msg(locale, "admission.check.employees.not-company", max));
        }
        if (data.employees() == null) {
            return new RuleCheck(
                    RuleCheck.Rule.EMPLOYEES,
                    RuleCheck.Outcome.NOT_STATED,
                    null,
                    msg(locale, "admission.check.employees.not-stated", max));
        }
        boolean small = data.employees() <= max;
        return new RuleCheck(
                RuleCheck.Rule.EMPLOYEES,
                small ? RuleCheck.Outcome.PASSED : RuleCheck.Outcome.FAILED,
                null,
                msg(
                        locale,
                        small ? "admission.check.employees.passed" : "admission.check.employees.failed",
                        data.employees(),
                        max));
    }

    /**
     * The rules checked and normalized (blank entries dropped, document codes derived, states in the gazetteer's
     * spelling). Field names follow the API body ({@code postalRanges[1]}, {@code requiredDocuments[0].nameDe}).
     */
    AdmissionRules validate(AdmissionRules rules) {
        List<FieldMessage> errors = new ArrayList<>();
        List<OrganizationKind> kinds = rules.allowedKinds() == null
                ? List.of()
                : rules.allowedKinds().stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (kinds.isEmpty()) {
            errors.add(field("allowedKinds", "admission.kinds.none"));
        }
        List<AdmissionRules.PostalRange> ranges = new ArrayList<>();
        if (rules.postalRanges().size() > MAX_RANGES) {
            errors.add(field("postalRanges", "admission.ranges.too-many", MAX_RANGES));
        }
        for (int i = 0; i < rules.postalRanges().size(); i++) {
            AdmissionRules.PostalRange range = rules.postalRanges().get(i);
            String from =
                    range == null || range.from() == null ? "" : range.from().strip();
            String to = range == null || range.to() == null ? from : range.to().strip();
            if (to.isEmpty()) {
                to = from;
            }
            if (!from.matches("\\d{5}") || !to.matches("\\d{5}")) {
                errors.add(field("postalRanges[" + i + "]", "admission.range.invalid", from + "–" + to));
            } else if (from.compareTo(to) > 0) {
                errors.add(field("postalRanges[" + i + "]", "admission.range.reversed", from, to));
            } else {
                ranges.add(new AdmissionRules.PostalRange(from, to));
            }
        }
        Set<String> states = new LinkedHashSet<>();
        for (int i = 0; i < rules.federalStates().size(); i++) {
            String state = rules.federalStates().get(i) == null
                    ? ""
                    : rules.federalStates().get(i).strip();
            Optional<String> known = AdmissionRules.FEDERAL_STATES.stream()
                    .filter(s -> sameText(s, state))
                    .findFirst();
            if (known.isEmpty()) {
                errors.add(field("federalStates[" + i + "]", "admission.state.unknown", state));
            } else {
                states.add(known.get());
            }
        }
        if (rules.maxEmployees() != null && rules.maxEmployees() < 1) {
            errors.add(field("maxEmployees", "admission.maxEmployees.min"));
        }
        if (rules.requiredDocuments().size() > MAX_DOCUMENTS) {
            errors.add(field("requiredDocuments", "admission.documents.too-many", MAX_DOCUMENTS));
        }
        List<AdmissionRules.RequiredDocument> documents = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.requiredDocuments().size(); i++) {
            AdmissionRules.RequiredDocument document = rules.requiredDocuments().get(i);
            String nameDe = document == null ? null : strip(document.nameDe());
            String nameEn = document == null ? null : strip(document.nameEn());
            if (nameDe == null || nameDe.length() > 100 || (nameEn != null && nameEn.length() > 100)) {
                errors.add(field("requiredDocuments[" + i + "].nameDe", "admission.documents.name"));
                continue;
            }
            String code = Slugs.of(nameDe);
            if (!codes.add(code)) {
                errors.add(field("requiredDocuments[" + i + "].nameDe", "admission.documents.duplicate", nameDe));
                continue;
            }
            documents.add(new AdmissionRules.RequiredDocument(code, nameDe, nameEn));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<OrganizationKind> ordered = EnumSet.copyOf(kinds).stream().toList();
        return new AdmissionRules(
                ordered, ranges, List.copyOf(states), rules.maxEmployees(), rules.excludeGroups(), documents);
    }

    /** The rules in sentences for applicants, one per restricting rule, in the language. */
    public List<String> describe(AdmissionRules rules, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (!rules.allKindsAllowed()) {
            lines.add(msg(
                    locale,
                    "admission.summary.kinds",
                    rules.allowedKinds().stream().map(k -> kindName(k, locale)).collect(Collectors.joining(", "))));
        }
        if (rules.hasRegion()) {
            List<String> parts = new ArrayList<>();
            rules.postalRanges().forEach(r -> parts.add(r.toString()));
            parts.addAll(rules.federalStates());
            lines.add(msg(locale, "admission.summary.region", String.join(", ", parts)));
        }
        if (rules.maxEmployees() != null) {
            lines.add(msg(locale, "admission.summary.employees", rules.maxEmployees()));
        }
        if (rules.excludeGroups()) {
            lines.add(msg(locale, "admission.summary.groups"));
        }
        if (!rules.requiredDocuments().isEmpty()) {
            lines.add(msg(
                    locale,
                    "admission.summary.documents",
                    rules.requiredDocuments().stream()
                            .map(d -> documentName(d, locale))
                            .collect(Collectors.joining(", "))));
        }
        return lines;
    }

    /** The founding rules every network has until its office sets its own. */
    public AdmissionRules founding() {
        return AdmissionRules.founding(properties.largeCompanyEmployees());
    }

    /** The document's name in the language, the German one when there is no English name. */
    public static String documentName(AdmissionRules.RequiredDocument document, Locale locale) {
        return "en".equals(locale.getLanguage()) && document.nameEn() != null ? document.nameEn() : document.nameDe();
    }

    private AdmissionRulesView view(NetworkSummary network, Optional<AdmissionRuleSet> set) {
        return set.map(s -> new AdmissionRulesView(
                        network.slug(), false, s.rules(), s.getUpdatedAt(), s.getUpdatedByName(), s.getVersion()))
                .orElseGet(() -> new AdmissionRulesView(network.slug(), true, founding(), null, null, 0));
    }

    private NetworkSummary office(String slug) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    private FieldMessage field(String field, String key, Object... args) {
        return new FieldMessage(field, msg(LocaleContextHolder.getLocale(), key, args));
    }

    private String kindName(OrganizationKind kind, Locale locale) {
        return messages.getMessage("organization.kind." + kind, null, locale);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static boolean sameText(String a, String b) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        collator.setStrength(Collator.SECONDARY);
        return collator.compare(a, b) == 0;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
