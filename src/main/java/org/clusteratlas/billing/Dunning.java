package org.clusteratlas.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.billing.internal.BillingProperties;
import org.clusteratlas.billing.internal.Invoice;
import org.clusteratlas.billing.internal.InvoiceReminder;
import org.clusteratlas.billing.internal.InvoiceRepository;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.shared.AtlasProperties;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of overdue invoices (Mahnwesen): an open invoice past its due date gets reminder level 1, and each
 * further {@code atlas.billing.reminder-interval-days} without payment the next level, up to level 3. Each reminder
 * is a mail to the buyer's billing address in the invoice's language, sent through the outbox in the transaction
 * that records level and date, so a reminder is neither lost nor sent twice.
 */
@Service
public class Dunning {

    private final InvoiceRepository invoices;
    private final Invoices facade;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BillingProperties properties;
    private final AtlasProperties atlas;

    Dunning(
            InvoiceRepository invoices,
            Invoices facade,
            Mailer mailer,
            MessageSource messages,
            BillingProperties properties,
            AtlasProperties atlas) {
        this.invoices = invoices;
        this.facade = facade;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.atlas = atlas;
    }

    /** Every morning, for all networks. */
    @Scheduled(cron = "${atlas.billing.dunning-cron:0 30 7 * * *}", zone = "${atlas.zone:Europe/Berlin}")
    @Transactional
    public int remindAll() {
        return remind(null, LocalDate.now(atlas.zone()));
    }

    /** The office's action: reminds of the network's overdue invoices as of the day; returns how many were reminded. */
    @Transactional
    public int remind(String networkSlug, LocalDate today) {
        UUID networkId = null;
        if (networkSlug != null) {
            NetworkSummary network = facade.office(networkSlug);
            networkId = network.id();
        }
        int reminded = 0;
        for (Invoice invoice : invoices.overdue(today, networkId)) {
            if (invoice.dunningLevel >= properties.maxReminderLevel()) {
                continue;
            }
            LocalDate since = invoice.lastRemindedOn == null ? invoice.dueDate : invoice.lastRemindedOn;
            boolean due = invoice.dunningLevel == 0
                    ? today.isAfter(invoice.dueDate)
                    : !today.isBefore(since.plusDays(properties.reminderIntervalDays()));
            if (!due) {
                continue;
            }
            int level = invoice.dunningLevel + 1;
            String to = invoice.buyerEmail != null ? invoice.buyerEmail : invoice.sellerEmail;
            mailer.send(mail(invoice, level, to, today));
            invoice.dunningLevel = level;
            invoice.lastRemindedOn = today;
            invoice.reminders.add(new InvoiceReminder(level, today, to));
            reminded++;
        }
        invoices.flush();
        return reminded;
    }

    private OutgoingMail mail(Invoice invoice, int level, String to, LocalDate today) {
        Locale locale = Locale.forLanguageTag(invoice.language == null ? "de" : invoice.language);
        List<Object> args = new ArrayList<>(List.of(
                invoice.number,
                invoice.issueDate.toString(),
                invoice.dueDate.toString(),
                Invoices.money(invoice.open()),
                invoice.currency,
                invoice.sellerName,
                invoice.sellerIban,
                today.plusDays(properties.reminderIntervalDays()).toString(),
                invoice.buyerName));
        String subject = messages.getMessage(
                "billing.dunning.subject." + level, new Object[] {invoice.number, invoice.sellerName}, locale);
        String body = messages.getMessage("billing.dunning.body." + level, args.toArray(), locale);
        return new OutgoingMail(to, subject, body);
    }
}
