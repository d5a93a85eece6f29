package org.clusteratlas.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending outbox mail to the SMTP server. Each mail is marked sent in its own transaction right after the server
 * accepted it, so a crash between the two can at worst resend one mail, never lose one.
 */
@Component
class SmtpDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmtpDispatcher.class);

    private final MailMessages messages;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;

    SmtpDispatcher(
            MailMessages messages,
            MailProperties properties,
            ObjectProvider<JavaMailSender> sender,
            TransactionTemplate transactions) {
        this.messages = messages;
        this.properties = properties;
        this.sender = sender;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${atlas.mail.dispatch-interval:10s}")
    void dispatchPending() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (properties.delivery() != MailProperties.Delivery.SMTP || smtp == null) {
            return;
        }
        for (MailMessage pending : messages.findTop50ByStatusOrderByCreatedAtAsc(MailMessage.Status.PENDING)) {
            try {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(properties.from());
                mail.setTo(pending.getRecipient());
                mail.setSubject(pending.getSubject());
                mail.setText(pending.getBody());
                smtp.send(mail);
                transactions.executeWithoutResult(
                        tx -> messages.findById(pending.getId()).ifPresent(MailMessage::markSent));
            } catch (MailException e) {
                log.warn("Mail {} not delivered yet: {}", pending.getId(), e.getMessage());
                transactions.executeWithoutResult(tx -> messages.findById(pending.getId())
                        .ifPresent(m -> m.markAttemptFailed(e.getMessage(), properties.maxAttempts())));
            }
        }
    }
}
