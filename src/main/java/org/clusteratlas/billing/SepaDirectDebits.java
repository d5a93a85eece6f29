package org.clusteratlas.billing;

import com.prowidesoftware.swift.model.mx.MxPain00800102;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification4;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CustomerDirectDebitInitiationV02;
import com.prowidesoftware.swift.model.mx.dic.DirectDebitTransaction6;
import com.prowidesoftware.swift.model.mx.dic.DirectDebitTransactionInformation9;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification7;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader39;
import com.prowidesoftware.swift.model.mx.dic.LocalInstrument2Choice;
import com.prowidesoftware.swift.model.mx.dic.MandateRelatedInformation6;
import com.prowidesoftware.swift.model.mx.dic.Party6Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification1;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstructionInformation4;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod2Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation20;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentification5;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentificationSchemeName1Choice;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation5;
import com.prowidesoftware.swift.model.mx.dic.SequenceType1Code;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.billing.internal.BillingSettingsRecord;
import org.clusteratlas.billing.internal.BillingSettingsRepository;
import org.clusteratlas.billing.internal.Invoice;
import org.clusteratlas.billing.internal.InvoiceRepository;
import org.clusteratlas.billing.internal.SepaCollection;
import org.clusteratlas.billing.internal.SepaCollectionRepository;
import org.clusteratlas.billing.internal.SepaMandate;
import org.clusteratlas.billing.internal.SepaMandateRepository;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEPA core direct debits of a network: its members' mandates, and the collection file (pain.008.001.02, the version
 * the German banks' DFÜ agreement annex 3 still accepts from every customer system, unlike .08 which not all banks'
 * portals take yet) for the open invoices of members with an active mandate. Invoices in an exported collection are
 * marked and never collected twice. Office of the network and platform admins only.
 */
@Service
@Transactional
public class SepaDirectDebits {

    private final SepaMandateRepository mandates;
    private final SepaCollectionRepository collections;
    private final InvoiceRepository invoices;
    private final BillingSettingsRepository settings;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    SepaDirectDebits(
            SepaMandateRepository mandates,
            SepaCollectionRepository collections,
            InvoiceRepository invoices,
            BillingSettingsRepository settings,
            Networks networks,
            CurrentUsers currentUsers,
            MessageSource messages,
            AtlasProperties atlas) {
        this.mandates = mandates;
        this.collections = collections;
        this.invoices = invoices;
        this.settings = settings;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.zone = atlas.zone();
    }

    /** A collection file and what it holds. */
    public record Export(String messageId, int transactions, BigDecimal controlSum, byte[] xml) {}

    @Transactional(readOnly = true)
    public List<MandateView> list(String networkSlug) {
        NetworkSummary network = office(networkSlug);
        return mandates.findByNetworkIdOrderByReference(network.id()).stream()
                .map(m -> view(m, network.slug()))
                .toList();
    }

    @Transactional(readOnly = true)
    public MandateView get(UUID id) {
        SepaMandate mandate = own(id);
        return view(mandate, slug(mandate.networkId));
    }

    /**
     * Records a mandate.
     *
     * @throws ValidationFailedException for an invalid IBAN or BIC
     * @throws ConflictException for a reference the network uses already
     */
    public MandateView create(String networkSlug, MandateCommand command) {
        NetworkSummary network = office(networkSlug);
        List<FieldMessage> errors = new ArrayList<>();
        String iban = FeeSchedules.normalizeIban(command.iban());
        if (!FeeSchedules.validIban(iban)) {
            errors.add(error("iban", "billing.error.iban"));
        }
        String bic = command.bic() == null || command.bic().isBlank()
                ? null
                : command.bic().strip().toUpperCase(Locale.ROOT);
        if (bic != null && !FeeSchedules.validBic(bic)) {
            errors.add(error("bic", "billing.error.bic"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        String reference = command.reference().strip();
        if (mandates.existsByNetworkIdAndReference(network.id(), reference)) {
            throw new ConflictException("billing.sepa.error.reference", reference);
        }
        SepaMandate mandate = new SepaMandate(network.id(), command.organizationId(), clock.instant());
        mandate.reference = reference;
        mandate.signedOn = command.signedOn();
        mandate.debtorName = command.debtorName().strip();
        mandate.iban = iban;
        mandate.bic = bic;
        mandates.saveAndFlush(mandate);
        return view(mandate, network.slug());
    }

    /** Revokes a mandate as of the day; it is kept, but no longer collected from. */
    public MandateView revoke(UUID id, LocalDate on) {
        SepaMandate mandate = own(id);
        if (mandate.revokedOn == null) {
            mandate.revokedOn = on;
        }
        mandates.flush();
        return view(mandate, slug(mandate.networkId));
    }

    /**
     * The pain.008.001.02 file collecting, on the day, what is open of every open invoice of a member with a mandate
     * active that day; those invoices are marked as in this collection, first-time mandates become recurring.
     *
     * @throws ValidationFailedException for a collection date not after today, without a creditor identifier in the
     *     billing settings, or when there is nothing to collect
     */
    public Export export(String networkSlug, LocalDate collectionDate) {
        NetworkSummary network = office(networkSlug);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!collectionDate.isAfter(today)) {
            throw new ValidationFailedException(List.of(error("collectionDate", "billing.sepa.error.date")));
        }
        BillingSettingsRecord creditor = settings.findById(network.id())
                .filter(s -> s.creditorId != null)
                .orElseThrow(() ->
                        new ValidationFailedException(List.of(error("creditorId", "billing.sepa.error.creditor"))));
        Map<UUID, SepaMandate> mandateByOrganization = new LinkedHashMap<>();
        mandates.findByNetworkIdOrderByReference(network.id()).stream()
                .filter(m -> m.activeOn(collectionDate))
                .sorted(Comparator.comparing((SepaMandate m) -> m.signedOn))
                .forEach(m -> mandateByOrganization.put(m.organizationId, m));
        Map<String, List<Invoice>> bySequence = new LinkedHashMap<>();
        for (Invoice invoice : invoices.collectable(network.id())) {
            SepaMandate mandate = mandateByOrganization.get(invoice.organizationId);
            if (mandate != null && invoice.open().signum() > 0) {
                bySequence
                        .computeIfAbsent(mandate.sequenceType, k -> new ArrayList<>())
                        .add(invoice);
            }
        }
        if (bySequence.isEmpty()) {
            throw new ValidationFailedException(List.of(error("collectionDate", "billing.sepa.error.nothing")));
        }
        SepaCollection collection = new SepaCollection(network.id(), clock.instant());
        collection.messageId = collection.getId().toString().replace("-", "");
        collection.collectionDate = collectionDate;
        collection.createdBy = who();

        CustomerDirectDebitInitiationV02 initiation = new CustomerDirectDebitInitiationV02();
        GroupHeader39 header = new GroupHeader39()
                .setMsgId(collection.messageId)
                .setCreDtTm(OffsetDateTime.now(clock.withZone(zone)).withNano(0))
                .setInitgPty(new PartyIdentification32().setNm(sepaText(creditor.legalName, 70)));
        initiation.setGrpHdr(header);
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, List<Invoice>> group : bySequence.entrySet()) {
            PaymentInstructionInformation4 instruction = new PaymentInstructionInformation4()
                    .setPmtInfId(collection.messageId.substring(0, 24) + "-" + group.getKey())
                    .setPmtMtd(PaymentMethod2Code.DD)
                    .setPmtTpInf(new PaymentTypeInformation20()
                            .setSvcLvl(new ServiceLevel8Choice().setCd("SEPA"))
                            .setLclInstrm(new LocalInstrument2Choice().setCd("CORE"))
                            .setSeqTp(SequenceType1Code.valueOf(group.getKey())))
                    .setReqdColltnDt(collectionDate)
                    .setCdtr(new PartyIdentification32().setNm(sepaText(creditor.legalName, 70)))
                    .setCdtrAcct(new CashAccount16().setId(new AccountIdentification4Choice().setIBAN(creditor.iban)))
                    .setCdtrAgt(agent(creditor.bic))
                    .setChrgBr(ChargeBearerType1Code.SLEV)
                    .setCdtrSchmeId(new PartyIdentification32()
                            .setId(new Party6Choice()
                                    .setPrvtId(new PersonIdentification5()
                                            .addOthr(new GenericPersonIdentification1()
                                                    .setId(creditor.creditorId)
                                                    .setSchmeNm(new PersonIdentificationSchemeName1Choice()
                                                            .setPrtry("SEPA"))))));
            BigDecimal sum = BigDecimal.ZERO;
            for (Invoice invoice : group.getValue()) {
                SepaMandate mandate = mandateByOrganization.get(invoice.organizationId);
                BigDecimal amount = invoice.open();
                instruction.addDrctDbtTxInf(new DirectDebitTransactionInformation9()
                        .setPmtId(new PaymentIdentification1().setEndToEndId(sepaText(invoice.number, 35)))
                        .setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                                .setValue(amount)
                                .setCcy(invoice.currency))
                        .setDrctDbtTx(new DirectDebitTransaction6()
                                .setMndtRltdInf(new MandateRelatedInformation6()
                                        .setMndtId(mandate.reference)
                                        .setDtOfSgntr(mandate.signedOn)))
                        .setDbtrAgt(agent(mandate.bic))
                        .setDbtr(new PartyIdentification32().setNm(sepaText(mandate.debtorName, 70)))
                        .setDbtrAcct(
                                new CashAccount16().setId(new AccountIdentification4Choice().setIBAN(mandate.iban)))
                        .setRmtInf(new RemittanceInformation5()
                                .addUstrd(sepaText(
                                        messages.getMessage(
                                                "billing.sepa.remittance",
                                                new Object[] {invoice.number},
                                                Locale.forLanguageTag(invoice.language)),
                                        140))));
                invoice.collectionId = collection.getId();
                sum = sum.add(amount);
            }
            instruction.setNbOfTxs(String.valueOf(group.getValue().size()));
            instruction.setCtrlSum(sum);
            initiation.addPmtInf(instruction);
            count += group.getValue().size();
            total = total.add(sum);
        }
        header.setNbOfTxs(String.valueOf(count));
        header.setCtrlSum(total);
        // A first collection from a mandate is announced as such once; later ones are recurring.
        mandateByOrganization.values().stream()
                .filter(m -> "FRST".equals(m.sequenceType)
                        && bySequence.getOrDefault("FRST", List.of()).stream()
                                .anyMatch(i -> i.organizationId.equals(m.organizationId)))
                .forEach(m -> m.sequenceType = "RCUR");
        collection.transactions = count;
        collection.controlSum = total;
        collections.save(collection);
        invoices.flush();
        String xml = new MxPain00800102().setCstmrDrctDbtInitn(initiation).document();
        return new Export(collection.messageId, count, total, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static BranchAndFinancialInstitutionIdentification4 agent(String bic) {
        FinancialInstitutionIdentification7 institution = bic == null
                // IBAN-only: "NOTPROVIDED" is the placeholder the SEPA rulebook asks for.
                ? new FinancialInstitutionIdentification7()
                        .setOthr(new GenericFinancialIdentification1().setId("NOTPROVIDED"))
                : new FinancialInstitutionIdentification7().setBIC(bic);
        return new BranchAndFinancialInstitutionIdentification4().setFinInstnId(institution);
    }

    /** Text in the SEPA character set (Latin letters, digits, a few signs), umlauts transcribed, cut to length. */
    static String sepaText(String text, int max) {
        String transcribed = text.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss")
                .replaceAll("[^A-Za-z0-9/?:().,'+\\- ]", " ")
                .strip();
        return transcribed.length() > max ? transcribed.substring(0, max) : transcribed;
    }

    private static MandateView view(SepaMandate m, String network) {
        return new MandateView(
                m.getId(),
                network,
                m.organizationId,
                m.reference,
                m.signedOn,
                m.debtorName,
                m.iban,
                m.bic,
                m.sequenceType,
                m.revokedOn,
                m.getVersion());
    }

    private NetworkSummary office(String networkSlug) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }

    private SepaMandate own(UUID id) {
        return mandates.findById(id)
                .filter(m -> networks.canManage(m.networkId))
                .orElseThrow(() -> new NotFoundException("mandate"));
    }

    private String slug(UUID networkId) {
        return networks.findById(networkId).map(NetworkSummary::slug).orElseThrow();
    }

    private String who() {
        CurrentUser user = currentUsers.current();
        return user.isAnonymous() ? null : user.displayName();
    }

    private FieldMessage error(String field, String key) {
        return new FieldMessage(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
