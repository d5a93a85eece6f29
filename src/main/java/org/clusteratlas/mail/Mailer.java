package org.clusteratlas.mail;

/** Sends mail through the outbox. Call it inside the transaction of the action the mail reports. */
public interface Mailer {

    /** Queues the mail; it is delivered after the surrounding transaction commits, never if it rolls back. */
    void send(OutgoingMail mail);
}
