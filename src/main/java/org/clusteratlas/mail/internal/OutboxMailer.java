package org.clusteratlas.mail.internal;

import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

    private final MailMessages messages;
    private final MailProperties properties;

    OutboxMailer(MailMessages messages, MailProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        MailMessage.Status status = properties.delivery() == MailProperties.Delivery.SMTP
                ? MailMessage.Status.PENDING
                : MailMessage.Status.STORED;
        messages.save(new MailMessage(mail.to(), mail.subject(), mail.body(), status));
    }
}
