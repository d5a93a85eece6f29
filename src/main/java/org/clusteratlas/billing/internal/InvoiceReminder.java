package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder (Mahnung) of a level, the day it went out and to whom. */
@Entity
@Table(name = "invoice_reminder")
public class InvoiceReminder {

    @Id
    private UUID id;

    public int level;

    @Column(name = "reminded_on")
    public LocalDate remindedOn;

    @Column(name = "sent_to")
    public String sentTo;

    protected InvoiceReminder() {}

    public InvoiceReminder(int level, LocalDate remindedOn, String sentTo) {
        this.id = UUID.randomUUID();
        this.level = level;
        this.remindedOn = remindedOn;
        this.sentTo = sentTo;
    }
}
