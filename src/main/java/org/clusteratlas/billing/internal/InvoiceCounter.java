package org.clusteratlas.billing.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice numbers without gaps per network and year: the counter row is locked ({@code select ... for update}) by
 * the transaction that issues the invoice, so a concurrent one waits, and a rolled-back one gives its number back.
 */
@Component
public class InvoiceCounter {

    private final JdbcTemplate jdbc;

    InvoiceCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the network in the year; must run inside the transaction that saves the invoice. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(UUID networkId, int year) {
        Integer last = jdbc.query(
                "select last_number from invoice_counter where network_id = ? and invoice_year = ? for update",
                rs -> rs.next() ? rs.getInt(1) : null,
                networkId,
                year);
        if (last == null) {
            // The first invoice of the year. Two transactions racing here collide on the primary key; the loser
            // fails and is retried by its caller rather than getting a duplicate number.
            jdbc.update(
                    "insert into invoice_counter (network_id, invoice_year, last_number) values (?, ?, 1)",
                    networkId,
                    year);
            return 1;
        }
        jdbc.update(
                "update invoice_counter set last_number = ? where network_id = ? and invoice_year = ?",
                last + 1,
                networkId,
                year);
        return last + 1;
    }
}
