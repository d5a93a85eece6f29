package org.clusteratlas.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.shared.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds editors of profiles nobody has touched for a long time (12 months by default): a stale profile is the most
 * common reason a search finds the wrong partner. One reminder per change; the mails go through the outbox.
 */
@Component
public class ProfileReminders {

    private static final Logger log = LoggerFactory.getLogger(ProfileReminders.class);

    private final OrganizationRepository organizations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ProfileProperties properties;
    private final AtlasProperties atlas;

    ProfileReminders(
            OrganizationRepository organizations,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            ProfileProperties properties,
            AtlasProperties atlas) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.atlas = atlas;
    }

    /** Runs nightly; returns how many profiles were reminded. */
    @Scheduled(cron = "${atlas.profiles.reminder-cron:0 30 3 * * *}")
    @Transactional
    public int remindStaleProfiles() {
        Instant now = Instant.now();
        List<Organization> stale = organizations.findStale(
                now.minus(properties.reminderAfter()), PageRequest.of(0, properties.reminderBatch()));
        for (Organization organization : stale) {
            String link = atlas.baseUrl() + "/o/" + organization.getSlug() + "/edit";
            var editors = accounts.organizationEditors(organization.getId());
            if (!editors.isEmpty()) {
                editors.forEach(
                        editor -> send(editor.email(), editor.displayName(), editor.language(), organization, link));
            } else {
                // No editor account yet: the organization's contact persons are the next best readers.
                organization.getContacts().stream()
                        .filter(c -> c.getEmail() != null)
                        .forEach(c -> send(
                                c.getEmail(),
                                (c.getFirstName() == null ? "" : c.getFirstName() + " ") + c.getLastName(),
                                Locale.GERMAN,
                                organization,
                                link));
            }
            organization.markReminded(now);
        }
        if (!stale.isEmpty()) {
            log.info(
                    "Reminded the editors of {} profiles unchanged since {}", stale.size(), properties.reminderAfter());
        }
        return stale.size();
    }

    private void send(String to, String name, Locale language, Organization organization, String link) {
        Object[] arguments = {organization.getName(), name, link};
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage("mail.profile-reminder.subject", arguments, language),
                messages.getMessage("mail.profile-reminder.body", arguments, language)));
    }
}
