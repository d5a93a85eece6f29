package org.clusteratlas.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.privacy.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy module's API: consent records, and the export and erasure of a person's data across all modules.
 *
 * <p>Export and erasure are the platform operator's duties (the data controller answers a person's request), so they
 * are for platform admins; each is logged with who asked, when, why and what was done. Consents are recorded by the
 * flows that obtain or withdraw them (application form, unsubscribe link) and by a network's office, which sees the
 * records for its network.
 */
@Service
@Transactional
public class Privacy {

    private final List<PersonalData> holders;
    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final Networks networks;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    Privacy(
            List<PersonalData> holders,
            JdbcTemplate jdbc,
            CurrentUsers currentUsers,
            Networks networks,
            MessageSource messages) {
        this.holders = holders.stream()
                .sorted(Comparator.comparingInt(PersonalData::order))
                .toList();
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.networks = networks;
        this.messages = messages;
    }

    /**
     * Records consent given or withdrawn by the person themselves (a form they sent, a link they followed). No rights
     * check: the flow that calls this is the proof.
     */
    public void recordByPerson(String email, UUID networkId, ConsentPurpose purpose, boolean granted, String source) {
        insert(email, networkId, purpose, granted, source, null);
    }

    /** The office (or an admin) records a consent it obtained otherwise (a signed form, a call). */
    public Consent record(Consent consent) {
        List<FieldMessage> errors = new ArrayList<>();
        if (consent.email() == null || !consent.email().matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldMessage("email", message("privacy.error.email")));
        }
        if (consent.purpose() == null) {
            errors.add(new FieldMessage("purpose", message("privacy.error.purpose")));
        }
        if (consent.granted() == null) {
            errors.add(new FieldMessage("granted", message("privacy.error.granted")));
        }
        if (consent.source() == null
                || consent.source().isBlank()
                || consent.source().length() > 200) {
            errors.add(new FieldMessage("source", message("privacy.error.source")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CurrentUser user = currentUsers.current();
        UUID networkId = null;
        if (consent.network() != null) {
            NetworkSummary network =
                    networks.findBySlug(consent.network()).orElseThrow(() -> new NotFoundException("network"));
            networks.requireManager(network.id());
            networkId = network.id();
        } else if (!user.platformAdmin()) {
            throw new AccessDeniedException("platform consents are the operator's");
        }
        UUID id = insert(
                consent.email(), networkId, consent.purpose(), consent.granted(), consent.source(), user.displayName());
        return consents(consent.email()).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The consent records about the address, newest first: all for admins, an office's own network's for the office. */
    @Transactional(readOnly = true)
    public List<Consent> consents(String email) {
        CurrentUser user = currentUsers.current();
        if (!user.platformAdmin() && !user.managesAnyNetwork()) {
            throw new AccessDeniedException("office or admin only");
        }
        return jdbc
                .query(
                        "select c.id, c.email, n.slug, c.purpose, c.granted, c.source, c.recorded_at, c.recorded_by,"
                                + " c.network_id from privacy_consent c left join network n on n.id = c.network_id"
                                + " where c.email = ? order by c.recorded_at desc",
                        (rs, i) -> new Object[] {
                            new Consent(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(2),
                                    rs.getString(3),
                                    ConsentPurpose.valueOf(rs.getString(4)),
                                    rs.getBoolean(5),
                                    rs.getString(6),
                                    rs.getTimestamp(7).toInstant(),
                                    rs.getString(8)),
                            rs.getObject(9, UUID.class)
                        },
                        normalized(email))
                .stream()
                .filter(row -> user.platformAdmin() || (row[1] != null && user.managesNetwork((UUID) row[1])))
                .map(row -> (Consent) row[0])
                .toList();
    }

    /**
     * The addresses whose latest record for the purpose (in the network, or platform-wide) withdrew consent: asked once
     * for a whole mailing instead of once per recipient.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> withdrawnAddresses(UUID networkId, ConsentPurpose purpose) {
        Map<String, Boolean> latest = new java.util.HashMap<>();
        jdbc.query(
                "select email, granted from privacy_consent where purpose = ? and (network_id = ? or network_id is null)"
                        + " order by recorded_at",
                rs -> {
                    latest.put(rs.getString(1), rs.getBoolean(2));
                },
                purpose.name(),
                networkId);
        java.util.Set<String> withdrawn = new java.util.HashSet<>();
        latest.forEach((email, granted) -> {
            if (!granted) {
                withdrawn.add(email);
            }
        });
        return withdrawn;
    }

    /** Everything the platform stores about the address, module by module (Art. 15 GDPR). Admins only; logged. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(String email) {
        requireAdmin();
        String address = checkedAddress(email);
        Map<String, Object> areas = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            areas.put(holder.area(), holder.export(address));
        }
        areas.put("consents", consents(address));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("email", address);
        export.put("exportedAt", clock.instant().toString());
        export.put("data", areas);
        log(
                "EXPORT",
                address,
                null,
                areas.entrySet().stream()
                        .map(e -> e.getKey() + "=" + ((List<?>) e.getValue()).size())
                        .toList()
                        .toString());
        return export;
    }

    /**
     * Removes the person from every module (Art. 17 GDPR) in this transaction: all or nothing. Consent records stay
     * (proof of what was allowed when), the request is logged by a hash of the address.
     *
     * @return per area, how many records were anonymized or deleted
     */
    public Map<String, Integer> erase(String email, String reason) {
        requireAdmin();
        String address = checkedAddress(email);
        Map<String, Integer> outcome = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            outcome.put(holder.area(), holder.erase(address));
        }
        log("ERASURE", address, reason, outcome.toString());
        return outcome;
    }

    // ---- internals

    private UUID insert(
            String email, UUID networkId, ConsentPurpose purpose, boolean granted, String source, String by) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into privacy_consent (id, email, network_id, purpose, granted, source, recorded_at,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                normalized(email),
                networkId,
                purpose.name(),
                granted,
                source.strip(),
                Timestamp.from(clock.instant()),
                by);
        return id;
    }

    private void log(String kind, String email, String reason, String outcome) {
        jdbc.update(
                "insert into privacy_request (id, kind, email_hash, requested_by, requested_at, reason, outcome)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                kind,
                sha256(normalized(email)),
                currentUsers.current().displayName(),
                Timestamp.from(Instant.now(clock)),
                reason,
                outcome.length() > 2000 ? outcome.substring(0, 2000) : outcome);
    }

    private void requireAdmin() {
        if (!currentUsers.current().platformAdmin()) {
            throw new AccessDeniedException("platform admins only");
        }
    }

    private String checkedAddress(String email) {
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationFailedException(List.of(new FieldMessage("email", message("privacy.error.email"))));
        }
        return normalized(email);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
