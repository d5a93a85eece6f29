package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.billing.internal.BillingProperties;
import org.clusteratlas.billing.internal.BillingSettingsRecord;
import org.clusteratlas.billing.internal.BillingSettingsRepository;
import org.clusteratlas.billing.internal.EInvoices;
import org.clusteratlas.billing.internal.FeeDiscount;
import org.clusteratlas.billing.internal.FeeDiscountRepository;
import org.clusteratlas.billing.internal.FeeLine;
import org.clusteratlas.billing.internal.FeeSchedule;
import org.clusteratlas.billing.internal.FeeScheduleRepository;
import org.clusteratlas.billing.internal.Invoice;
import org.clusteratlas.billing.internal.InvoiceCounter;
import org.clusteratlas.billing.internal.InvoiceLine;
import org.clusteratlas.billing.internal.InvoicePayment;
import org.clusteratlas.billing.internal.InvoiceRepository;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipActivated;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipView;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.BillingParty;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership fee invoices: issued automatically when a membership becomes active (pro rata for the rest of the year),
 * by the office's yearly (or monthly) run, or one by one; paid by recorded payments; cancelled by a cancellation
 * invoice. Rights: the network's office and platform admins; an organization's editors may read its own invoices.
 * Another network's invoice is not found.
 *
 * <p>A membership period is invoiced at most once while its invoice stands (checked here, and by the database's
 * unique key on membership and period). Numbers run without gaps per network and year ({@link InvoiceCounter}).
 */
@Service
@Transactional
public class Invoices {

    private static final Logger log = LoggerFactory.getLogger(Invoices.class);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWELVE = new BigDecimal("12");

    private final InvoiceRepository invoices;
    private final FeeScheduleRepository schedules;
    private final FeeDiscountRepository discounts;
    private final BillingSettingsRepository settings;
    private final InvoiceCounter counter;
    private final EInvoices eInvoices;
    private final Networks networks;
    private final Organizations organizations;
    private final MembershipRecords memberships;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final BlobStorage storage;
    private final BillingProperties properties;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    Invoices(
            InvoiceRepository invoices,
            FeeScheduleRepository schedules,
            FeeDiscountRepository discounts,
            BillingSettingsRepository settings,
            InvoiceCounter counter,
            EInvoices eInvoices,
            Networks networks,
            Organizations organizations,
            MembershipRecords memberships,
            CurrentUsers currentUsers,
            MessageSource messages,
            ApplicationEventPublisher events,
            BlobStorage storage,
            BillingProperties properties,
            AtlasProperties atlas) {
        this.invoices = invoices;
        this.schedules = schedules;
        this.discounts = discounts;
        this.settings = settings;
        this.counter = counter;
        this.eInvoices = eInvoices;
        this.networks = networks;
        this.organizations = organizations;
        this.memberships = memberships;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.events = events;
        this.storage = storage;
        this.properties = properties;
        this.zone = atlas.zone();
    }

    /** Today in the networks' time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * A membership became active: it gets an invoice for the rest of its first period (the join month counts in
     * full), in the same transaction. Nothing for exempt members, a zero amount, a network without billing settings
     * or fee schedule for the day, or a period already invoiced.
     */
    @EventListener
    void on(MembershipActivated event) {
        if (event.feeCategory() == FeeCategory.EXEMPT || event.since() == null) {
            return;
        }
        Optional<FeeSchedule> schedule = scheduleFor(event.networkId(), event.since());
        if (schedule.isEmpty() || settings.findById(event.networkId()).isEmpty()) {
            log.debug("No fee schedule or billing settings of network {}: no invoice", event.networkId());
            return;
        }
        Period period = Period.of(schedule.get(), event.since());
        if (invoices.existsOverlapping(event.membershipId(), period.start(), period.end())) {
            return;
        }
        issue(
                event.networkId(),
                event.membershipId(),
                event.organizationId(),
                event.since(),
                event.feeCategory(),
                period,
                schedule.get(),
                today());
    }

    /**
     * Invoices every active paying member of the network for the year (a yearly schedule) or the month of the year (a
     * monthly one); members whose period is invoiced already are counted, not invoiced again. A member who joined
     * during the year pays from its join month.
     */
    public InvoiceRunResult run(String networkSlug, int year, Integer month, LocalDate today) {
        NetworkSummary network = office(networkSlug);
        requireSettings(network.id());
        LocalDate first = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        FeeSchedule schedule = scheduleFor(network.id(), first)
                .or(() -> scheduleFor(network.id(), LocalDate.of(year, 12, 1)))
                .orElseThrow(() -> new ValidationFailedException(List.of(error("year", "billing.run.error.schedule"))));
        if (schedule.getInterval() == BillingInterval.MONTHLY && month == null) {
            throw new ValidationFailedException(List.of(error("month", "billing.run.error.month")));
        }
        List<String> created = new ArrayList<>();
        int already = 0;
        int free = 0;
        for (MembershipView member : memberships.list(networkSlug, MembershipStatus.ACTIVE, null)) {
            LocalDate since = member.since() == null ? first : member.since();
            LocalDate periodFirst = schedule.getInterval() == BillingInterval.MONTHLY
                    ? first
                    : (since.getYear() == year ? since.withDayOfMonth(1) : first);
            if (since.getYear() > year
                    || (since.getYear() == year && since.withDayOfMonth(1).isAfter(periodFirst))) {
                continue;
            }
            Period period = Period.of(schedule, periodFirst);
            if (invoices.existsOverlapping(member.id(), period.start(), period.end())) {
                already++;
                continue;
            }
            Optional<Invoice> invoice = member.feeCategory() == FeeCategory.EXEMPT
                    ? Optional.empty()
                    : issue(
                            network.id(),
                            member.id(),
                            member.organizationId(),
                            since,
                            member.feeCategory(),
                            period,
                            schedule,
                            today);
            if (invoice.isPresent()) {
                created.add(invoice.get().number);
            } else {
                free++;
            }
        }
        return new InvoiceRunResult(created, already, free);
    }

    /**
     * Invoices one membership for the year (or month) on the office's request.
     *
     * @throws ConflictException when the period is invoiced already (while that invoice stands)
     * @throws ValidationFailedException when the member pays nothing for it
     */
    public InvoiceView issueFor(UUID membershipId, int year, Integer month, LocalDate today) {
        MembershipView member = memberships.get(membershipId);
        NetworkSummary network = networks.findBySlug(member.network()).orElseThrow();
        requireSettings(network.id());
        LocalDate first = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        if (member.since() != null && member.since().getYear() == year && month == null) {
            first = member.since().withDayOfMonth(1);
        }
        LocalDate day = first;
        FeeSchedule schedule = scheduleFor(network.id(), day)
                .orElseThrow(() -> new ValidationFailedException(List.of(error("year", "billing.run.error.schedule"))));
        Period period = Period.of(schedule, first);
        if (invoices.existsOverlapping(membershipId, period.start(), period.end())) {
            throw new ConflictException("billing.invoice.error.period-invoiced", period.key());
        }
        return issue(
                        network.id(),
                        membershipId,
                        member.organizationId(),
                        member.since() == null ? first : member.since(),
                        member.feeCategory(),
                        period,
                        schedule,
                        today)
                .map(this::view)
                .orElseThrow(() ->
                        new ValidationFailedException(List.of(error("membershipId", "billing.invoice.error.free"))));
    }

    /** The network's invoices, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    public List<InvoiceView> list(String networkSlug, InvoiceStatus status) {
        NetworkSummary network = office(networkSlug);
        return invoices.find(network.id(), status).stream().map(this::view).toList();
    }

    /** The invoices of an organization, for its editors (and the offices of the networks that issued them). */
    @Transactional(readOnly = true)
    public List<InvoiceView> ofOrganization(UUID organizationId) {
        return invoices.findByOrganizationIdOrderByIssueDateDesc(organizationId).stream()
                .filter(this::canRead)
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public InvoiceView get(UUID id) {
        return view(readable(id));
    }

    /**
     * Records a payment. When it completes the invoice, the invoice is paid and {@link InvoicePaid} is published in
     * this transaction (once: a paid invoice takes no further payment).
     *
     * @throws ValidationFailedException when the amount exceeds what is open
     * @throws ConflictException for a cancelled or paid invoice, or one changed since {@code version}
     */
    public InvoiceView pay(UUID id, Long version, PaymentCommand payment) {
        Invoice invoice = managed(id);
        if (version != null && invoice.getVersion() != version) {
            throw new ConflictException("error.conflict");
        }
        if (invoice.kind != InvoiceKind.INVOICE
                || invoice.status == InvoiceStatus.CANCELLED
                || invoice.status == InvoiceStatus.PAID) {
            throw new ConflictException("billing.payment.error.not-open");
        }
        BigDecimal open = invoice.open();
        if (payment.amount().compareTo(open) > 0) {
            throw new ValidationFailedException(List.of(new FieldMessage(
                    "amount", message("billing.payment.error.overpayment", money(payment.amount()), money(open)))));
        }
        invoice.payments.add(new InvoicePayment(
                payment.amount().setScale(2, RoundingMode.HALF_UP),
                payment.paidOn(),
                payment.method() == null ? PaymentMethod.TRANSFER : payment.method(),
                blankToNull(payment.reference()),
                who(),
                clock.instant()));
        invoice.paidTotal = invoice.paidTotal.add(payment.amount()).setScale(2, RoundingMode.HALF_UP);
        if (invoice.paidTotal.compareTo(invoice.grossTotal) == 0) {
            invoice.status = InvoiceStatus.PAID;
            invoice.paidOn = payment.paidOn();
            events.publishEvent(new InvoicePaid(
                    invoice.getId(),
                    invoice.number,
                    invoice.networkId,
                    invoice.organizationId,
                    invoice.grossTotal,
                    invoice.currency,
                    payment.paidOn()));
        } else {
            invoice.status = InvoiceStatus.PARTIALLY_PAID;
        }
        invoices.flush();
        return view(invoice);
    }

    /**
     * Cancels an unpaid invoice by a cancellation invoice: a document of its own, with the next number, that refers
     * to the original and negates its lines (GoBD: an issued invoice is never changed or deleted). The period may
     * then be invoiced again.
     *
     * @throws ConflictException when money was received for it (a refund comes first) or it is cancelled already
     */
    public InvoiceView cancel(UUID id, LocalDate today) {
        Invoice original = managed(id);
        if (original.kind != InvoiceKind.INVOICE || original.status == InvoiceStatus.CANCELLED) {
            throw new ConflictException("billing.invoice.error.cancelled");
        }
        if (original.paidTotal.signum() != 0) {
            throw new ConflictException("billing.invoice.error.cancel-paid");
        }
        Invoice cancellation =
                new Invoice(original.networkId, original.organizationId, InvoiceKind.CANCELLATION, clock.instant());
        copyParties(original, cancellation);
        cancellation.membershipId = original.membershipId;
        cancellation.cancelsId = original.getId();
        cancellation.status = InvoiceStatus.CANCELLED;
        cancellation.periodStart = original.periodStart;
        cancellation.periodEnd = original.periodEnd;
        cancellation.issueDate = today;
        cancellation.dueDate = today;
        cancellation.currency = original.currency;
        cancellation.vatRate = original.vatRate;
        cancellation.netTotal = original.netTotal.negate();
        cancellation.vatTotal = original.vatTotal.negate();
        cancellation.grossTotal = original.grossTotal.negate();
        cancellation.paidTotal = BigDecimal.ZERO;
        for (InvoiceLine line : original.lines) {
            cancellation.lines.add(new InvoiceLine(
                    line.position,
                    messageIn(cancellation.language, "billing.invoice.cancellation.line", original.number) + " "
                            + line.description,
                    line.quantity,
                    line.unitPrice.negate(),
                    line.netAmount.negate()));
        }
        cancellation.number = number(original.networkId, today.getYear());
        invoices.save(cancellation);
        original.status = InvoiceStatus.CANCELLED;
        original.cancelledById = cancellation.getId();
        original.periodKey = null;
        invoices.flush();
        return view(cancellation);
    }

    /** The Factur-X/ZUGFeRD PDF; rendered once and archived, then served as archived. */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id) {
        Invoice invoice = readable(id);
        String key = "invoices/" + invoice.networkId + "/" + invoice.getId() + ".pdf";
        Optional<java.io.InputStream> stored = storage.get(key);
        if (stored.isPresent()) {
            try (java.io.InputStream in = stored.get()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        byte[] pdf = eInvoices.pdf(invoice);
        storage.put(key, pdf);
        return pdf;
    }

    /** The XRechnung (CII) XML. */
    @Transactional(readOnly = true)
    public byte[] xrechnung(UUID id) {
        return eInvoices.xrechnung(readable(id));
    }

    /** The invoice's number, for file names. */
    @Transactional(readOnly = true)
    public String number(UUID id) {
        return readable(id).number;
    }

    // ---- issuing

    /** A membership's billed period: a calendar year (from the join month) or a month. */
    record Period(LocalDate start, LocalDate end, String key, int months) {

        static Period of(FeeSchedule schedule, LocalDate day) {
            LocalDate start = day.withDayOfMonth(1);
            if (schedule.getInterval() == BillingInterval.MONTHLY) {
                return new Period(
                        start,
                        start.withDayOfMonth(start.lengthOfMonth()),
                        start.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)),
                        1);
            }
            return new Period(
                    start,
                    LocalDate.of(start.getYear(), 12, 31),
                    String.valueOf(start.getYear()),
                    13 - start.getMonthValue());
        }
    }

    private Optional<Invoice> issue(
            UUID networkId,
            UUID membershipId,
            UUID organizationId,
            LocalDate since,
            FeeCategory category,
            Period period,
            FeeSchedule schedule,
            LocalDate today) {
        if (category == FeeCategory.EXEMPT) {
            return Optional.empty();
        }
        BillingParty buyer = organizations.billingParty(organizationId).orElse(null);
        BillingSettingsRecord seller = settings.findById(networkId).orElse(null);
        if (buyer == null || seller == null) {
            return Optional.empty();
        }
        BigDecimal yearly = schedule.getLines().stream()
                .filter(l -> l.matches(buyer.kind(), buyer.employees()))
                .map(FeeLine::getYearlyAmount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        if (yearly.signum() == 0) {
            return Optional.empty();
        }
        Invoice invoice = new Invoice(networkId, organizationId, InvoiceKind.INVOICE, clock.instant());
        invoice.membershipId = membershipId;
        invoice.language = language(seller, buyer);
        copySeller(seller, invoice);
        invoice.buyerName = buyer.name();
        invoice.buyerStreet = buyer.street();
        invoice.buyerPostalCode = buyer.postalCode();
        invoice.buyerCity = buyer.city();
        invoice.buyerCountry = buyer.country();
        invoice.buyerEmail = buyer.email();
        invoice.buyerReference = membershipId.toString();
        invoice.periodKey = period.key();
        invoice.periodStart = period.start();
        invoice.periodEnd = period.end();
        invoice.issueDate = today;
        invoice.dueDate = today.plusDays(properties.paymentTermDays());
        invoice.currency = schedule.getCurrency();
        invoice.vatRate = schedule.getVatRate();

        // Pro rata by months: the join month counts in full.
        BigDecimal net = yearly.multiply(BigDecimal.valueOf(period.months())).divide(TWELVE, 2, RoundingMode.HALF_UP);
        String lang = invoice.language;
        StringBuilder description = new StringBuilder(messageIn(
                lang,
                "billing.invoice.line.fee",
                DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT).format(period.start()),
                DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT).format(period.end())));
        if (schedule.getInterval() == BillingInterval.YEARLY && period.months() < 12) {
            description
                    .append(", ")
                    .append(messageIn(lang, "billing.invoice.line.pro-rata", period.months(), money(yearly)));
        }
        if (category == FeeCategory.REDUCED && schedule.getReducedPercent().signum() > 0) {
            net = reduce(net, schedule.getReducedPercent());
            description
                    .append(", ")
                    .append(messageIn(lang, "billing.invoice.line.reduced", percent(schedule.getReducedPercent())));
        }
        Optional<FeeDiscount> discount = discounts.findByNetworkIdAndOrganizationId(networkId, organizationId);
        if (discount.isPresent() && discount.get().getPercent().signum() > 0) {
            net = reduce(net, discount.get().getPercent());
            description
                    .append(", ")
                    .append(discount.get().getName())
                    .append(" −")
                    .append(percent(discount.get().getPercent()))
                    .append(" %");
        }
        if (net.signum() == 0) {
            return Optional.empty();
        }
        invoice.lines.add(new InvoiceLine(1, description.toString(), BigDecimal.ONE, net, net));
        invoice.netTotal = net;
        invoice.vatTotal = net.multiply(invoice.vatRate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        invoice.grossTotal = invoice.netTotal.add(invoice.vatTotal);
        invoice.paidTotal = BigDecimal.ZERO;
        invoice.number = number(networkId, today.getYear());
        invoices.save(invoice);
        invoices.flush();
        return Optional.of(invoice);
    }

    private String number(UUID networkId, int year) {
        String slug = networks.findById(networkId).map(NetworkSummary::slug).orElseThrow();
        return String.format(
                Locale.ROOT, "%s-%d-%05d", slug.toUpperCase(Locale.ROOT), year, counter.next(networkId, year));
    }

    private static BigDecimal reduce(BigDecimal amount, BigDecimal percent) {
        return amount.subtract(amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    private Optional<FeeSchedule> scheduleFor(UUID networkId, LocalDate day) {
        return schedules.findByNetworkIdOrderByValidFrom(networkId).stream()
                .filter(s -> s.covers(day))
                .findFirst();
    }

    private void requireSettings(UUID networkId) {
        if (settings.findById(networkId).isEmpty()) {
            throw new ConflictException("billing.error.no-settings");
        }
    }

    private static String language(BillingSettingsRecord seller, BillingParty buyer) {
        if (!buyer.languages().isEmpty()
                && !buyer.languages().contains("de")
                && buyer.languages().contains("en")) {
            return "en";
        }
        return seller.language;
    }

    private static void copySeller(BillingSettingsRecord s, Invoice i) {
        i.sellerName = s.legalName;
        i.sellerStreet = s.street;
        i.sellerPostalCode = s.postalCode;
        i.sellerCity = s.city;
        i.sellerCountry = s.country;
        i.sellerVatId = s.vatId;
        i.sellerTaxNumber = s.taxNumber;
        i.sellerIban = s.iban;
        i.sellerBic = s.bic;
        i.sellerCreditorId = s.creditorId;
        i.sellerContactName = s.contactName;
        i.sellerContactPhone = s.contactPhone;
        i.sellerEmail = s.contactEmail;
    }

    private static void copyParties(Invoice from, Invoice to) {
        to.language = from.language;
        to.sellerName = from.sellerName;
        to.sellerStreet = from.sellerStreet;
        to.sellerPostalCode = from.sellerPostalCode;
        to.sellerCity = from.sellerCity;
        to.sellerCountry = from.sellerCountry;
        to.sellerVatId = from.sellerVatId;
        to.sellerTaxNumber = from.sellerTaxNumber;
        to.sellerIban = from.sellerIban;
        to.sellerBic = from.sellerBic;
        to.sellerCreditorId = from.sellerCreditorId;
        to.sellerContactName = from.sellerContactName;
        to.sellerContactPhone = from.sellerContactPhone;
        to.sellerEmail = from.sellerEmail;
        to.buyerName = from.buyerName;
        to.buyerStreet = from.buyerStreet;
        to.buyerPostalCode = from.buyerPostalCode;
        to.buyerCity = from.buyerCity;
        to.buyerCountry = from.buyerCountry;
        to.buyerEmail = from.buyerEmail;
        to.buyerReference = from.buyerReference;
    }

    // ---- views and rights

    InvoiceView view(Invoice i) {
        Map<UUID, String> numbers = referencedNumbers(i);
        return new InvoiceView(
                i.getId(),
                networks.findById(i.networkId).map(NetworkSummary::slug).orElse(null),
                i.kind,
                i.number,
                i.status,
                i.organizationId,
                i.membershipId,
                i.buyerName,
                i.buyerEmail,
                i.issueDate,
                i.dueDate,
                i.periodStart,
                i.periodEnd,
                i.currency,
                i.vatRate,
                i.netTotal,
                i.vatTotal,
                i.grossTotal,
                i.paidTotal,
                i.open(),
                i.cancelsId == null ? null : numbers.get(i.cancelsId),
                i.cancelledById == null ? null : numbers.get(i.cancelledById),
                i.dunningLevel,
                i.lastRemindedOn,
                i.collectionId != null,
                i.lines.stream()
                        .map(l -> new InvoiceView.Line(l.position, l.description, l.quantity, l.unitPrice, l.netAmount))
                        .toList(),
                i.payments.stream()
                        .map(p -> new InvoiceView.Payment(
                                p.getId(), p.amount, p.paidOn, p.method, p.reference, p.recordedBy))
                        .toList(),
                i.reminders.stream()
                        .map(r -> new InvoiceView.Reminder(r.level, r.remindedOn, r.sentTo))
                        .toList(),
                i.getVersion());
    }

    private Map<UUID, String> referencedNumbers(Invoice i) {
        List<UUID> ids = new ArrayList<>();
        if (i.cancelsId != null) {
            ids.add(i.cancelsId);
        }
        if (i.cancelledById != null) {
            ids.add(i.cancelledById);
        }
        return ids.isEmpty()
                ? Map.of()
                : invoices.findAllById(ids).stream().collect(Collectors.toMap(Invoice::getId, x -> x.number));
    }

    /** An invoice of a network the current person runs; not found otherwise. */
    Invoice managed(UUID id) {
        return invoices.findById(id)
                .filter(i -> networks.canManage(i.networkId))
                .orElseThrow(() -> new NotFoundException("invoice"));
    }

    private Invoice readable(UUID id) {
        return invoices.findById(id).filter(this::canRead).orElseThrow(() -> new NotFoundException("invoice"));
    }

    /** The issuing network's office, or an editor of the invoiced organization (not another network's office). */
    private boolean canRead(Invoice invoice) {
        if (networks.canManage(invoice.networkId)) {
            return true;
        }
        Organizations.Permissions permissions = organizations.permissions(invoice.organizationId);
        return permissions.edit() && !permissions.office();
    }

    NetworkSummary office(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    private String who() {
        CurrentUser user = currentUsers.current();
        return user.isAnonymous() ? null : user.displayName();
    }

    private FieldMessage error(String field, String key) {
        return new FieldMessage(field, message(key));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    String messageIn(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language == null ? "de" : language));
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
