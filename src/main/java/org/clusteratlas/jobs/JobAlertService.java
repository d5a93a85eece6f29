package org.clusteratlas.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clusteratlas.jobs.internal.JobAlert;
import org.clusteratlas.jobs.internal.JobAlerts;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job alerts: a saved job search mailed as a digest of new postings to any address, like the search alerts of the
 * competence search but without an account. Double opt-in: nothing is mailed until the link in the confirmation mail
 * was followed; every mail carries a link that unsubscribes with one click. The digest runs the public search, so it
 * never mails what the job board would not show.
 */
@Service
@Transactional
public class JobAlertService {

    private static final Logger log = LoggerFactory.getLogger(JobAlertService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_ALERTS_PER_ADDRESS = 20;
    static final int MAX_HITS_PER_MAIL = 20;

    private final JobAlerts alerts;
    private final JobSearch search;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    JobAlertService(JobAlerts alerts, JobSearch search, Mailer mailer, MessageSource messages, AtlasProperties atlas) {
        this.alerts = alerts;
        this.search = search;
        this.mailer = mailer;
        this.messages = messages;
        this.atlas = atlas;
    }

    /**
     * Saves the alert unconfirmed and mails the confirmation link. The search is run once, so a broken one is refused
     * now and not silently in every digest.
     */
    public void subscribe(String email, JobQuery query) {
        Locale locale = LocaleContextHolder.getLocale();
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("email", messages.getMessage("jobs.alert.error.email", null, locale))));
        }
        search.search(query);
        if (alerts.countByEmailIgnoreCase(address) >= MAX_ALERTS_PER_ADDRESS) {
            // Says nothing about the address to whoever typed it: the same answer as a success.
            return;
        }
        String token = HexFormat.of().formatHex(bytes());
        JobAlert alert =
                alerts.save(new JobAlert(address, query.toQueryString(), locale.getLanguage(), token, clock.instant()));
        Object[] args = {label(query), link("/jobs/alerts/confirm/" + token), link("/jobs/alerts/unsubscribe/" + token)
        };
        mailer.send(new OutgoingMail(
                alert.getEmail(),
                messages.getMessage("mail.jobs.alert-confirm.subject", args, locale),
                messages.getMessage("mail.jobs.alert-confirm.body", args, locale)));
    }

    /** Confirms the alert of the token; false for an unknown token. */
    public boolean confirm(String token) {
        return alerts.findByToken(token)
                .map(alert -> {
                    alert.confirm(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Deletes the alert of the token; false for an unknown token (already unsubscribed). */
    public boolean unsubscribe(String token) {
        return alerts.findByToken(token)
                .map(alert -> {
                    alerts.delete(alert);
                    return true;
                })
                .orElse(false);
    }

    /** The daily digest of new postings; returns the number of mails sent. */
    @Scheduled(cron = "${atlas.jobs.alert-cron:0 30 6 * * *}")
    public int sendDigests() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int sent = 0;
        for (JobAlert alert : alerts.findByConfirmedAtIsNotNull()) {
            try {
                sent += digest(alert) ? 1 : 0;
            } catch (RuntimeException e) {
                // One broken alert (a network renamed since, a place no longer known) must not stop the others.
                log.warn("Job alert {} could not be checked: {}", alert.getId(), e.toString());
            }
            alert.checked(now);
        }
        return sent;
    }

    private boolean digest(JobAlert alert) {
        Locale language = Locale.forLanguageTag(alert.getLanguage());
        JobQuery saved = JobQuery.parse(alert.getQuery());
        JobQuery query = new JobQuery(
                saved.q(),
                saved.near(),
                saved.radiusKm(),
                saved.kinds(),
                saved.skills(),
                saved.organizations(),
                saved.networks(),
                saved.remote(),
                JobQuery.Order.DATE,
                0,
                MAX_HITS_PER_MAIL);
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocaleContext(new SimpleLocaleContext(language));
        List<PostingView> hits;
        try {
            hits = search.publishedSince(query, alert.getLastCheckedAt()).hits();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
        if (hits.isEmpty()) {
            return false;
        }
        String lines = String.join(
                "\n",
                hits.stream()
                        .map(p -> "- " + p.title().in(language) + " (" + p.organizationName() + ", " + p.places()
                                + "): " + link(p.path()))
                        .toList());
        Object[] args = {
            label(saved), lines, link("/jobs?" + alert.getQuery()), link("/jobs/alerts/unsubscribe/" + alert.getToken())
        };
        mailer.send(new OutgoingMail(
                alert.getEmail(),
                messages.getMessage("mail.jobs.alert.subject", args, language),
                messages.getMessage("mail.jobs.alert.body", args, language)));
        return true;
    }

    private static String label(JobQuery query) {
        String text = query.q().isEmpty() ? query.near() : query.q();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private String link(String path) {
        return atlas.baseUrl() + path;
    }

    private byte[] bytes() {
        byte[] token = new byte[32];
        random.nextBytes(token);
        return token;
    }
}
