package org.clusteratlas.mail;

import java.util.Objects;

/**
 * A plain-text mail, already written in the recipient's language.
 *
 * @param to one address
 * @param subject one line
 * @param body plain text; links are written out in full
 */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.contains("\n") || subject.contains("\r") || to.contains("\n") || to.contains("\r")) {
            // Header injection: a newline in a header field would let input add recipients or headers.
            throw new IllegalArgumentException("Mail headers must be single lines");
        }
    }
}
