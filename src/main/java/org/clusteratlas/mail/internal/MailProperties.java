package org.clusteratlas.mail.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param delivery {@code STORE} keeps mail in the database only (embedded default, read at /admin/mail);
 *     {@code SMTP} also delivers it through {@code spring.mail.*}
 * @param from the sender address
 * @param dispatchInterval how often pending mail is handed to the SMTP server
 * @param maxAttempts after this many failed deliveries a mail is marked failed and left for an admin
 */
@Validated
@ConfigurationProperties("atlas.mail")
public record MailProperties(
        @NotNull @DefaultValue("STORE") Delivery delivery,

        @NotBlank @Email @DefaultValue("noreply@clusteratlas.example")
        String from,

        @NotNull @DefaultValue("10s") Duration dispatchInterval,
        @DefaultValue("5") int maxAttempts) {

    public enum Delivery {
        STORE,
        SMTP
    }
}
