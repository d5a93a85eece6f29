package org.clusteratlas.crm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.shared.privacy.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the offices' CRM holds about a person: interactions with them (found through their contact entries), their
 * roles in networks, mails to segments and unsubscriptions. Erasure takes their name out of interactions (the
 * interaction stays: the member was called), drops their roles and unsubscribe links; the unsubscription itself stays,
 * as a suppression list, so the person is never mailed again.
 *
 * <p>Runs before the contact entries are anonymized: it finds the interactions through their addresses.
 */
@Component
class CrmPersonalData implements PersonalData {

    private static final String CONTACT_IDS = "select id from organization_contact where lower(email) = ?";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    CrmPersonalData(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String area() {
        return "crm";
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        List<Map<String, Object>> records = new ArrayList<>();
        jdbc.query(
                "select n.slug, i.kind, i.occurred_at, i.subject, i.notes, i.contact_name from crm_interaction i"
                        + " join network n on n.id = i.network_id where i.contact_id in (" + CONTACT_IDS + ")"
                        + " order by i.occurred_at",
                rs -> {
                    Map<String, Object> interaction = new LinkedHashMap<>();
                    interaction.put("type", "interaction");
                    interaction.put("network", rs.getString(1));
                    interaction.put("kind", rs.getString(2));
                    interaction.put("occurredAt", rs.getTimestamp(3).toInstant().toString());
                    interaction.put("subject", rs.getString(4));
                    interaction.put("notes", rs.getString(5));
                    interaction.put("contactName", rs.getString(6));
                    records.add(interaction);
                },
                email);
        jdbc.query(
                "select n.slug, r.role from crm_contact_role r join network n on n.id = r.network_id"
                        + " where r.contact_id in (" + CONTACT_IDS + ")",
                rs -> {
                    records.add(Map.of("type", "networkRole", "network", rs.getString(1), "role", rs.getString(2)));
                },
                email);
        jdbc.query(
                "select n.slug, u.unsubscribed_at from crm_unsubscribe u join network n on n.id = u.network_id"
                        + " where u.email = ?",
                rs -> {
                    records.add(Map.of(
                            "type",
                            "unsubscribed",
                            "network",
                            rs.getString(1),
                            "at",
                            rs.getTimestamp(2).toInstant().toString()));
                },
                email);
        return records;
    }

    @Override
    public int erase(String email) {
        String erased = messages.getMessage("privacy.erased", null, Locale.GERMAN);
        int changed = jdbc.update(
                "update crm_interaction set contact_name = ?, version = version + 1 where contact_id in (" + CONTACT_IDS
                        + ")",
                erased,
                email);
        changed += jdbc.update("delete from crm_contact_role where contact_id in (" + CONTACT_IDS + ")", email);
        changed += jdbc.update("delete from crm_mail_token where email = ?", email);
        return changed;
    }
}
