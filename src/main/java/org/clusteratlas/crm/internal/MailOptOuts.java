package org.clusteratlas.crm.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who does not want the office's mail to segments any more. Each mail carries an unsubscribe link with a random token
 * of its own (stored, not derived from the address), so a link names nobody and cannot be guessed for another.
 */
@Component
public class MailOptOuts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    MailOptOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Recipient(UUID networkId, String email) {}

    public String token(UUID networkId, String email, Instant now) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.update(
                "insert into crm_mail_token (token, network_id, email, created_at) values (?, ?, ?, ?)",
                token,
                networkId,
                normalized(email),
                java.sql.Timestamp.from(now));
        return token;
    }

    public Optional<Recipient> recipient(String token) {
        return jdbc
                .query(
                        "select network_id, email from crm_mail_token where token = ?",
                        (rs, i) -> new Recipient(rs.getObject(1, UUID.class), rs.getString(2)),
                        token)
                .stream()
                .findFirst();
    }

    /** Records the opt-out; a second click changes nothing. */
    public void unsubscribe(UUID networkId, String email, Instant now) {
        Integer known = jdbc.queryForObject(
                "select count(*) from crm_unsubscribe where network_id = ? and email = ?",
                Integer.class,
                networkId,
                normalized(email));
        if (known == null || known == 0) {
            jdbc.update(
                    "insert into crm_unsubscribe (network_id, email, unsubscribed_at) values (?, ?, ?)",
                    networkId,
                    normalized(email),
                    java.sql.Timestamp.from(now));
        }
    }

    public boolean isUnsubscribed(UUID networkId, String email) {
        Integer count = jdbc.queryForObject(
                "select count(*) from crm_unsubscribe where network_id = ? and email = ?",
                Integer.class,
                networkId,
                normalized(email));
        return count != null && count > 0;
    }

    public Set<String> unsubscribed(UUID networkId) {
        return new HashSet<>(
                jdbc.queryForList("select email from crm_unsubscribe where network_id = ?", String.class, networkId));
    }

    public static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
