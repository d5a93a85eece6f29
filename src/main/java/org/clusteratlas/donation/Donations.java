package org.clusteratlas.donation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusteratlas.billing.InvoicePaid;
import org.clusteratlas.donation.internal.Beneficiaries;
import org.clusteratlas.donation.internal.Beneficiary;
import org.clusteratlas.donation.internal.DonationAllocation;
import org.clusteratlas.donation.internal.DonationAllocations;
import org.clusteratlas.donation.internal.DonationIncome;
import org.clusteratlas.donation.internal.DonationIncomes;
import org.clusteratlas.donation.internal.DonationPayout;
import org.clusteratlas.donation.internal.DonationPayouts;
import org.clusteratlas.donation.internal.DonationPolicies;
import org.clusteratlas.donation.internal.DonationPolicy;
import org.clusteratlas.donation.internal.DonationVote;
import org.clusteratlas.donation.internal.DonationVotes;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The donation module's API. Income comes only from paid invoices ({@link InvoicePaid}, booked in the payment's own
 * transaction, so a payment and its donation share are recorded together or not at all); the office sets the share,
 * the beneficiaries, the yearly allocation and the payouts; members vote where the network lets them.
 */
@Service
@Transactional
public class Donations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DonationPolicies policies;
    private final Beneficiaries beneficiaries;
    private final DonationIncomes incomes;
    private final DonationAllocations allocations;
    private final DonationVotes votes;
    private final DonationPayouts payouts;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final Clock clock = Clock.systemUTC();

    Donations(
            DonationPolicies policies,
            Beneficiaries beneficiaries,
            DonationIncomes incomes,
            DonationAllocations allocations,
            DonationVotes votes,
            DonationPayouts payouts,
            Networks networks,
            CurrentUsers currentUsers,
            Validator validator,
            MessageSource messages,
            AtlasProperties atlas) {
        this.policies = policies;
        this.beneficiaries = beneficiaries;
        this.incomes = incomes;
        this.allocations = allocations;
        this.votes = votes;
        this.payouts = payouts;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.messages = messages;
        this.atlas = atlas;
    }

    /**
     * Books a paid invoice's amount as income of its year with the network's share in force now. Idempotent per
     * invoice: a repeated event books nothing more.
     */
    @EventListener
    void on(InvoicePaid paid) {
        if (incomes.existsById(paid.invoiceId())) {
            return;
        }
        BigDecimal share = policies.findById(paid.networkId())
                .map(DonationPolicy::getSharePercent)
                .orElse(BigDecimal.ZERO);
        incomes.save(new DonationIncome(
                paid.invoiceId(),
                paid.networkId(),
                paid.number(),
                paid.paidOn(),
                paid.amount(),
                paid.currency(),
                share,
                clock.instant()));
    }

    /** Everything the transparency page shows; public, because the seeds promise transparency to everyone. */
    @Transactional(readOnly = true)
    public DonationOverview overview(String networkSlug) {
        NetworkSummary network = network(networkSlug);
        return overview(network);
    }

    /** The year whose donations members vote on and whose income is accumulating: this year in the networks' zone. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(atlas.zone())).getYear();
    }

    public DonationOverview changePolicy(String networkSlug, PolicyCommand command, Long expectedVersion) {
        NetworkSummary network = managed(networkSlug);
        requireValid(command);
        DonationPolicy policy = policies.findById(network.id()).orElseGet(() -> new DonationPolicy(network.id()));
        if (expectedVersion != null && policy.getUpdatedAt() != null && policy.getVersion() != expectedVersion) {
            throw new ConflictException("error.conflict");
        }
        policy.change(
                command.sharePercent().setScale(2, RoundingMode.HALF_UP),
                command.allocation(),
                currentUsers.current().displayName(),
                clock.instant());
        policies.save(policy);
        return overview(network);
    }

    public DonationOverview.Beneficiary addBeneficiary(String networkSlug, BeneficiaryCommand command) {
        NetworkSummary network = managed(networkSlug);
        requireValid(command);
        Beneficiary beneficiary = new Beneficiary(network.id(), clock.instant());
        describe(beneficiary, command);
        return view(beneficiaries.saveAndFlush(beneficiary));
    }

    public DonationOverview.Beneficiary changeBeneficiary(
            String networkSlug, UUID id, BeneficiaryCommand command, Long expectedVersion) {
        NetworkSummary network = managed(networkSlug);
        Beneficiary beneficiary = beneficiary(network, id);
        requireValid(command);
        if (expectedVersion != null && beneficiary.getVersion() != expectedVersion) {
            throw new ConflictException("error.conflict");
        }
        describe(beneficiary, command);
        return view(beneficiaries.saveAndFlush(beneficiary));
    }

    /** A beneficiary that received money stays on record (deactivate it instead); others are removed. */
    public void removeBeneficiary(String networkSlug, UUID id) {
        NetworkSummary network = managed(networkSlug);
        Beneficiary beneficiary = beneficiary(network, id);
        if (payouts.existsByBeneficiaryId(id)) {
            throw new ConflictException("donation.beneficiary.has-payouts", beneficiary.getName());
        }
        beneficiaries.delete(beneficiary);
    }

    /**
     * The office divides a year's donations. Replaces the year's earlier decision; refused when a beneficiary would
     * be left with less than was already paid out to it.
     */
    public DonationOverview allocate(String networkSlug, int year, AllocationCommand command) {
        NetworkSummary network = managed(networkSlug);
        requireValid(command);
        List<FieldMessage> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<UUID, Beneficiary> own = beneficiaries.findByNetworkIdOrderByName(network.id()).stream()
                .collect(Collectors.toMap(Beneficiary::getId, Function.identity()));
        for (int i = 0; i < command.shares().size(); i++) {
            AllocationCommand.Share share = command.shares().get(i);
            Beneficiary beneficiary = own.get(share.beneficiary());
            if (beneficiary == null || !beneficiary.isActive()) {
                errors.add(error("shares[" + i + "].beneficiary", "donation.allocation.unknown-beneficiary"));
            } else if (!seen.add(share.beneficiary())) {
                errors.add(error("shares[" + i + "].beneficiary", "donation.allocation.duplicate"));
            }
            total = total.add(share.percent());
        }
        if (!command.shares().isEmpty() && total.compareTo(HUNDRED) != 0) {
            errors.add(error(
                    "shares",
                    "donation.allocation.sum",
                    total.stripTrailingZeros().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        allocations.deleteYear(network.id(), year);
        String by = currentUsers.current().displayName();
        for (AllocationCommand.Share share : command.shares()) {
            if (share.percent().signum() > 0) {
                allocations.save(new DonationAllocation(
                        network.id(), year, share.beneficiary(), share.percent(), by, clock.instant()));
            }
        }
        allocations.flush();
        DonationOverview overview = overview(network);
        overview.years().stream().filter(y -> y.year() == year).forEach(Donations::requireCovered);
        return overview;
    }

    /** A member votes for the beneficiary of this year's donations; voting again changes the vote. */
    public void vote(String networkSlug, UUID beneficiaryId) {
        NetworkSummary network = network(networkSlug);
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous() || !(user.belongsToNetwork(network.id()) || user.platformAdmin())) {
            throw new AccessDeniedException("members of the network only");
        }
        DonationPolicy policy = policies.findById(network.id()).orElse(null);
        if (policy == null || policy.getAllocation() != AllocationMode.MEMBER_VOTE) {
            throw new ConflictException("donation.vote.not-open");
        }
        Beneficiary beneficiary = java.util.Optional.ofNullable(beneficiaryId)
                .flatMap(beneficiaries::findById)
                .filter(b -> b.getNetworkId().equals(network.id()) && b.isActive())
                .orElseThrow(() -> new ValidationFailedException(
                        List.of(error("beneficiary", "donation.vote.unknown-beneficiary"))));
        int year = currentYear();
        DonationVote vote = votes.findByNetworkIdAndYearAndAccountId(network.id(), year, user.id())
                .orElseGet(() -> new DonationVote(network.id(), year, user.id()));
        vote.choose(beneficiary.getId(), clock.instant());
        votes.save(vote);
    }

    /** The current person's vote of this year, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> myVote(String networkSlug) {
        NetworkSummary network = network(networkSlug);
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            return java.util.Optional.empty();
        }
        return votes.findByNetworkIdAndYearAndAccountId(network.id(), currentYear(), user.id())
                .map(DonationVote::getBeneficiaryId);
    }

    /** Records a transfer; refused beyond what is allocated to the beneficiary for the year and not yet paid out. */
    public DonationOverview.Payout recordPayout(String networkSlug, PayoutCommand command) {
        NetworkSummary network = managed(networkSlug);
        requireValid(command);
        Beneficiary beneficiary = beneficiaries
                .findById(command.beneficiary())
                .filter(b -> b.getNetworkId().equals(network.id()))
                .orElseThrow(() -> new ValidationFailedException(
                        List.of(error("beneficiary", "donation.payout.unknown-beneficiary"))));
        BigDecimal amount = command.amount().setScale(2, RoundingMode.HALF_UP);
        BigDecimal open = overview(network).years().stream()
                .filter(y -> y.year() == command.year())
                .flatMap(y -> y.lines().stream())
                .filter(line -> line.beneficiary().equals(beneficiary.getId()))
                .map(DonationOverview.Line::outstanding)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        if (amount.compareTo(open) > 0) {
            throw new ValidationFailedException(List.of(error(
                    "amount",
                    "donation.payout.too-much",
                    open.toPlainString(),
                    beneficiary.getName(),
                    String.valueOf(command.year()))));
        }
        DonationPayout payout = payouts.save(new DonationPayout(
                network.id(),
                command.year(),
                beneficiary.getId(),
                command.paidOn(),
                amount,
                blankToNull(command.reference()),
                currentUsers.current().displayName(),
                clock.instant()));
        return new DonationOverview.Payout(
                payout.getId(), payout.getPaidOn(), payout.getAmount(), payout.getReference());
    }

    /** Whether the current person runs the network's office (for pages that show the office's forms). */
    public boolean canManage(String networkSlug) {
        return networks.canManage(network(networkSlug).id());
    }

    private DonationOverview overview(NetworkSummary network) {
        DonationPolicy policy = policies.findById(network.id()).orElse(null);
        List<Beneficiary> all = beneficiaries.findByNetworkIdOrderByName(network.id());
        Map<UUID, Beneficiary> byId = all.stream().collect(Collectors.toMap(Beneficiary::getId, Function.identity()));
        List<DonationIncome> income = incomes.findByNetworkId(network.id());
        List<DonationPayout> paid = payouts.findByNetworkIdOrderByPaidOn(network.id());
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        income.forEach(i -> years.add(i.getYear()));
        paid.forEach(p -> years.add(p.getYear()));
        List<DonationOverview.Year> yearViews = new ArrayList<>();
        for (int year : years) {
            yearViews.add(year(
                    year,
                    income.stream().filter(i -> i.getYear() == year).toList(),
                    allocations.findByNetworkIdAndYear(network.id(), year),
                    votes.findByNetworkIdAndYear(network.id(), year),
                    paid.stream().filter(p -> p.getYear() == year).toList(),
                    byId));
        }
        return new DonationOverview(
                network.slug(),
                policy == null ? BigDecimal.ZERO.setScale(2) : policy.getSharePercent(),
                policy == null ? AllocationMode.OFFICE : policy.getAllocation(),
                policy == null ? null : policy.getUpdatedAt(),
                policy == null ? 0 : policy.getVersion(),
                all.stream().map(Donations::view).toList(),
                yearViews);
    }

    /**
     * One year's figures. The donations are the paid fees times the share in force when each was paid, rounded once
     * per share (not per invoice, so that a thousand small invoices do not drift by cents). The sum is divided by
     * the office's percentages or else by the members' votes, in whole cents by the largest remainder, so the parts
     * add up to the donations exactly.
     */
    static DonationOverview.Year year(
            int year,
            List<DonationIncome> income,
            List<DonationAllocation> decided,
            List<DonationVote> cast,
            List<DonationPayout> paid,
            Map<UUID, Beneficiary> beneficiaries) {
        BigDecimal total = income.stream().map(DonationIncome::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<BigDecimal, BigDecimal> byShare = new LinkedHashMap<>();
        income.forEach(i -> byShare.merge(i.getSharePercent().stripTrailingZeros(), i.getAmount(), BigDecimal::add));
        BigDecimal donations = byShare.entrySet().stream()
                .map(e -> e.getValue().multiply(e.getKey()).divide(HUNDRED, 2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        // Several shares in one year (the rule changed) show as none: the lines still add up.
        BigDecimal share = byShare.size() == 1 ? income.getFirst().getSharePercent() : null;

        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        Map<UUID, Long> voteCounts = cast.stream()
                .collect(Collectors.groupingBy(
                        DonationVote::getBeneficiaryId, LinkedHashMap::new, Collectors.counting()));
        if (!decided.isEmpty()) {
            decided.forEach(a -> weights.put(a.getBeneficiaryId(), a.getPercent()));
        } else {
            voteCounts.forEach((id, count) -> weights.put(id, BigDecimal.valueOf(count)));
        }
        Map<UUID, BigDecimal> amounts = divide(donations, weights);
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Set<UUID> shown = new java.util.LinkedHashSet<>(weights.keySet());
        paid.forEach(p -> shown.add(p.getBeneficiaryId()));
        List<DonationOverview.Line> lines = new ArrayList<>();
        for (UUID id : shown) {
            Beneficiary beneficiary = beneficiaries.get(id);
            List<DonationOverview.Payout> payoutsOf = paid.stream()
                    .filter(p -> p.getBeneficiaryId().equals(id))
                    .map(p -> new DonationOverview.Payout(p.getId(), p.getPaidOn(), p.getAmount(), p.getReference()))
                    .toList();
            BigDecimal paidOut =
                    payoutsOf.stream().map(DonationOverview.Payout::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal allocated = amounts.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            BigDecimal percent = weightSum.signum() == 0 || !weights.containsKey(id)
                    ? BigDecimal.ZERO.setScale(2)
                    : weights.get(id).multiply(HUNDRED).divide(weightSum, 2, RoundingMode.HALF_UP);
            lines.add(new DonationOverview.Line(
                    id,
                    beneficiary == null ? "" : beneficiary.getName(),
                    beneficiary == null ? null : beneficiary.getKind(),
                    beneficiary == null ? null : beneficiary.getCity(),
                    percent,
                    voteCounts.getOrDefault(id, 0L),
                    allocated,
                    paidOut.setScale(2, RoundingMode.HALF_UP),
                    allocated.subtract(paidOut).setScale(2, RoundingMode.HALF_UP),
                    payoutsOf));
        }
        BigDecimal allocatedTotal =
                lines.stream().map(DonationOverview.Line::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paidTotal =
                lines.stream().map(DonationOverview.Line::paidOut).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DonationOverview.Year(
                year,
                income.isEmpty() ? "EUR" : income.getFirst().getCurrency(),
                total.setScale(2, RoundingMode.HALF_UP),
                income.size(),
                share,
                donations,
                lines,
                donations.subtract(allocatedTotal).setScale(2, RoundingMode.HALF_UP),
                paidTotal.setScale(2, RoundingMode.HALF_UP),
                cast.size());
    }

    /** Divides an amount by weights in whole cents; the parts add up to the amount exactly (largest remainder). */
    static Map<UUID, BigDecimal> divide(BigDecimal amount, Map<UUID, BigDecimal> weights) {
        Map<UUID, BigDecimal> result = new LinkedHashMap<>();
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weightSum.signum() == 0) {
            return result;
        }
        long cents = amount.movePointRight(2).longValueExact();
        Map<UUID, BigDecimal> exact = new LinkedHashMap<>();
        long given = 0;
        for (var entry : weights.entrySet()) {
            BigDecimal part =
                    BigDecimal.valueOf(cents).multiply(entry.getValue()).divide(weightSum, 10, RoundingMode.DOWN);
            exact.put(entry.getKey(), part);
            long floor = part.setScale(0, RoundingMode.DOWN).longValueExact();
            result.put(entry.getKey(), BigDecimal.valueOf(floor));
            given += floor;
        }
        List<UUID> byRemainder = exact.keySet().stream()
                .sorted(Comparator.comparing((UUID id) -> exact.get(id).remainder(BigDecimal.ONE))
                        .reversed())
                .toList();
        for (int i = 0; given < cents; i++, given++) {
            UUID id = byRemainder.get(i % byRemainder.size());
            result.put(id, result.get(id).add(BigDecimal.ONE));
        }
        result.replaceAll((id, c) -> c.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY));
        return result;
    }

    private static void requireCovered(DonationOverview.Year year) {
        for (DonationOverview.Line line : year.lines()) {
            if (line.outstanding().signum() < 0) {
                throw new ConflictException("donation.allocation.below-payouts", line.name(), line.paidOut());
            }
        }
    }

    private static DonationOverview.Beneficiary view(Beneficiary b) {
        return new DonationOverview.Beneficiary(
                b.getId(),
                b.getName(),
                b.getKind(),
                b.getStreet(),
                b.getPostalCode(),
                b.getCity(),
                new LocalizedText(b.getPurposeDe(), b.getPurposeEn()),
                b.isActive(),
                b.getVersion());
    }

    private static void describe(Beneficiary beneficiary, BeneficiaryCommand command) {
        beneficiary.describe(
                command.name().strip(),
                command.kind(),
                blankToNull(command.street()),
                blankToNull(command.postalCode()),
                blankToNull(command.city()),
                blankToNull(command.purposeDe()),
                blankToNull(command.purposeEn()),
                !Boolean.FALSE.equals(command.active()));
    }

    private Beneficiary beneficiary(NetworkSummary network, UUID id) {
        return beneficiaries
                .findById(id)
                .filter(b -> b.getNetworkId().equals(network.id()))
                .orElseThrow(() -> new NotFoundException("beneficiary"));
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    private NetworkSummary managed(String slug) {
        NetworkSummary network = network(slug);
        networks.requireManager(network.id());
        return network;
    }

    private void requireValid(Object command) {
        List<FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.add(new FieldMessage(ViolationPaths.of(violation), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldMessage::field));
            throw new ValidationFailedException(errors);
        }
    }

    private FieldMessage error(String field, String key, Object... args) {
        return new FieldMessage(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
