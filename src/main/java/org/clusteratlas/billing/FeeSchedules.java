package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.billing.internal.BillingSettingsRecord;
import org.clusteratlas.billing.internal.BillingSettingsRepository;
import org.clusteratlas.billing.internal.FeeDiscount;
import org.clusteratlas.billing.internal.FeeDiscountRepository;
import org.clusteratlas.billing.internal.FeeLine;
import org.clusteratlas.billing.internal.FeeSchedule;
import org.clusteratlas.billing.internal.FeeScheduleRepository;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.iban4j.BicUtil;
import org.iban4j.IbanUtil;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's fee schedules (which organization pays how much per year, in which period) and its billing settings
 * (the network as seller). Office of the network and platform admins only; another network's schedule is not found.
 *
 * <p>The periods of a network's schedules never overlap, so that exactly one schedule (or none) prices a day.
 */
@Service
@Transactional
public class FeeSchedules {

    private final FeeScheduleRepository schedules;
    private final BillingSettingsRepository settings;
    private final FeeDiscountRepository discounts;
    private final MembershipRecords memberships;
    private final Networks networks;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    FeeSchedules(
            FeeScheduleRepository schedules,
            BillingSettingsRepository settings,
            FeeDiscountRepository discounts,
            MembershipRecords memberships,
            Networks networks,
            MessageSource messages) {
        this.discounts = discounts;
        this.memberships = memberships;
        this.schedules = schedules;
        this.settings = settings;
        this.networks = networks;
        this.messages = messages;
    }

    /** The network's schedules by start of validity. */
    @Transactional(readOnly = true)
    public List<FeeScheduleView> list(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return schedules.findByNetworkIdOrderByValidFrom(network.id()).stream()
                .map(s -> view(s, network.slug()))
                .toList();
    }

    @Transactional(readOnly = true)
    public FeeScheduleView get(UUID id) {
        FeeSchedule schedule = own(id);
        return view(schedule, slug(schedule.getNetworkId()));
    }

    /**
     * A new schedule. Defaults: VAT 0 %, yearly, no reduction.
     *
     * @throws ValidationFailedException for an invalid one, or one whose period overlaps another schedule's
     */
    public FeeScheduleView create(String networkSlug, FeeScheduleCommand command) {
        NetworkSummary network = office(networkSlug);
        FeeSchedule schedule = new FeeSchedule(network.id(), clock.instant());
        apply(schedule, command);
        schedules.save(schedule);
        return view(schedule, network.slug());
    }

    public FeeScheduleView update(UUID id, long version, FeeScheduleCommand command) {
        FeeSchedule schedule = own(id);
        if (schedule.getVersion() != version) {
            throw new ConflictException("error.conflict");
        }
        apply(schedule, command);
        schedules.flush();
        return view(schedule, slug(schedule.getNetworkId()));
    }

    /** Removes a schedule; invoices it priced keep their amounts (they are copies). */
    public void delete(UUID id) {
        schedules.delete(own(id));
    }

    /** The named discounts of the network's members. */
    @Transactional(readOnly = true)
    public List<DiscountView> discounts(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return discounts.findByNetworkId(network.id()).stream()
                .map(d -> new DiscountView(d.getOrganizationId(), d.getName(), d.getPercent()))
                .toList();
    }

    /**
     * Grants (or changes) a member's discount; it applies to invoices issued from now on.
     *
     * @throws NotFoundException for an organization without a membership record in the network
     */
    public DiscountView setDiscount(String networkSlug, UUID organizationId, DiscountCommand command) {
        NetworkSummary network = office(networkSlug);
        if (!memberships.hasRecord(network.id(), organizationId)) {
            throw new NotFoundException("membership");
        }
        FeeDiscount discount = discounts
                .findByNetworkIdAndOrganizationId(network.id(), organizationId)
                .orElseGet(() -> new FeeDiscount(network.id(), organizationId));
        discount.set(command.name().strip(), command.percent());
        discounts.saveAndFlush(discount);
        return new DiscountView(organizationId, discount.getName(), discount.getPercent());
    }

    public void removeDiscount(String networkSlug, UUID organizationId) {
        NetworkSummary network = office(networkSlug);
        discounts.findByNetworkIdAndOrganizationId(network.id(), organizationId).ifPresent(discounts::delete);
    }

    /** The network's billing settings, if the office entered them. */
    @Transactional(readOnly = true)
    public Optional<BillingSettingsView> settings(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return settings.findById(network.id()).map(s -> view(s, network.slug()));
    }

    public BillingSettingsView saveSettings(String networkSlug, BillingSettingsCommand command) {
        NetworkSummary network = office(networkSlug);
        List<FieldMessage> errors = new ArrayList<>();
        String iban = normalizeIban(command.iban());
        if (!validIban(iban)) {
            errors.add(error("iban", "billing.error.iban"));
        }
        String bic = blankToNull(command.bic());
        if (bic != null && !validBic(bic)) {
            errors.add(error("bic", "billing.error.bic"));
        }
        if (blankToNull(command.vatId()) == null && blankToNull(command.taxNumber()) == null) {
            errors.add(error("taxNumber", "billing.error.tax-id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        BillingSettingsRecord record =
                settings.findById(network.id()).orElseGet(() -> new BillingSettingsRecord(network.id()));
        record.legalName = command.legalName().strip();
        record.street = command.street().strip();
        record.postalCode = command.postalCode().strip();
        record.city = command.city().strip();
        record.country = command.country() == null ? "DE" : command.country();
        record.vatId = blankToNull(command.vatId());
        record.taxNumber = blankToNull(command.taxNumber());
        record.iban = iban;
        record.bic = bic == null ? null : bic.toUpperCase(Locale.ROOT);
        record.creditorId = blankToNull(command.creditorId());
        record.contactName = command.contactName().strip();
        record.contactPhone = command.contactPhone().strip();
        record.contactEmail = command.contactEmail().strip();
        record.language = command.language() == null ? "de" : command.language();
        record.updatedAt = clock.instant();
        settings.saveAndFlush(record);
        return view(record, network.slug());
    }

    /** An IBAN without spaces, in capitals. */
    public static String normalizeIban(String iban) {
        return iban == null ? "" : iban.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the IBAN has its country's length and format and a valid check sum (ISO 13616). */
    public static boolean validIban(String normalized) {
        return IbanUtil.isValid(normalized);
    }

    public static boolean validBic(String bic) {
        try {
            BicUtil.validate(bic.toUpperCase(Locale.ROOT));
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    // ---- internals

    private void apply(FeeSchedule schedule, FeeScheduleCommand command) {
        List<FieldMessage> errors = new ArrayList<>();
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            errors.add(error("validTo", "billing.schedule.error.period"));
        }
        List<FeeLine> lines = new ArrayList<>();
        for (int i = 0; i < command.lines().size(); i++) {
            FeeScheduleCommand.Line line = command.lines().get(i);
            int from = line.employeesFrom() == null ? 0 : line.employeesFrom();
            if (line.employeesTo() != null && line.employeesTo() < from) {
                errors.add(error("lines[" + i + "].employeesTo", "billing.schedule.error.band"));
            }
            lines.add(new FeeLine(i, line.kind(), from, line.employeesTo(), line.yearlyAmount()));
        }
        if (errors.isEmpty()) {
            for (FeeSchedule other : schedules.findByNetworkIdOrderByValidFrom(schedule.getNetworkId())) {
                if (!other.getId().equals(schedule.getId()) && other.overlaps(command.validFrom(), command.validTo())) {
                    errors.add(new FieldMessage(
                            "validFrom",
                            message(
                                    "billing.schedule.error.overlap",
                                    other.getName(),
                                    other.getValidFrom(),
                                    other.getValidTo() == null ? "…" : other.getValidTo())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        schedule.update(
                command.name().strip(),
                command.validFrom(),
                command.validTo(),
                command.vatRate() == null ? BigDecimal.ZERO : command.vatRate(),
                command.interval() == null ? BillingInterval.YEARLY : command.interval(),
                command.reducedPercent() == null ? BigDecimal.ZERO : command.reducedPercent(),
                lines);
    }

    /** A schedule's default lines: businesses by size pay, associations, social institutions, public bodies not. */
    public static List<FeeScheduleCommand.Line> defaultLines() {
        return List.of(
                new FeeScheduleCommand.Line(OrganizationKind.COMPANY, 0, 9, new BigDecimal("240.00")),
                new FeeScheduleCommand.Line(OrganizationKind.COMPANY, 10, 49, new BigDecimal("480.00")),
                new FeeScheduleCommand.Line(OrganizationKind.COMPANY, 50, 249, new BigDecimal("960.00")),
                new FeeScheduleCommand.Line(OrganizationKind.COMPANY, 250, null, new BigDecimal("1920.00")),
                new FeeScheduleCommand.Line(OrganizationKind.ASSOCIATION, 0, null, BigDecimal.ZERO),
                new FeeScheduleCommand.Line(OrganizationKind.SOCIAL_INSTITUTION, 0, null, BigDecimal.ZERO),
                new FeeScheduleCommand.Line(OrganizationKind.PUBLIC_BODY, 0, null, BigDecimal.ZERO));
    }

    static FeeScheduleView view(FeeSchedule s, String network) {
        return new FeeScheduleView(
                s.getId(),
                network,
                s.getName(),
                s.getValidFrom(),
                s.getValidTo(),
                s.getCurrency(),
                s.getVatRate(),
                s.getInterval(),
                s.getReducedPercent(),
                s.getLines().stream()
                        .map(l -> new FeeScheduleCommand.Line(
                                l.getKind(), l.getEmployeesFrom(), l.getEmployeesTo(), l.getYearlyAmount()))
                        .toList(),
                s.getVersion());
    }

    private static BillingSettingsView view(BillingSettingsRecord s, String network) {
        return new BillingSettingsView(
                network,
                s.legalName,
                s.street,
                s.postalCode,
                s.city,
                s.country,
                s.vatId,
                s.taxNumber,
                s.iban,
                s.bic,
                s.creditorId,
                s.contactName,
                s.contactPhone,
                s.contactEmail,
                s.language,
                s.getVersion());
    }

    private NetworkSummary office(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    private FeeSchedule own(UUID id) {
        return schedules
                .findById(id)
                .filter(s -> networks.canManage(s.getNetworkId()))
                .orElseThrow(() -> new NotFoundException("fee schedule"));
    }

    private String slug(UUID networkId) {
        return networks.findById(networkId).map(NetworkSummary::slug).orElseThrow();
    }

    private FieldMessage error(String field, String key) {
        return new FieldMessage(field, message(key));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
