package org.clusteratlas.membership.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.shared.privacy.PersonalData;
import org.clusteratlas.shared.storage.BlobStorage;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Membership applications the person sent. Erasure removes the person (name, address, phone, free text, the uploaded
 * documents, which may name them) and keeps the application as what it was for the network's figures: an
 * organization's kind, size, place and the decision.
 */
@Component
class ApplicationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final BlobStorage blobs;

    ApplicationPersonalData(JdbcTemplate jdbc, MessageSource messages, BlobStorage blobs) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.blobs = blobs;
    }

    @Override
    public String area() {
        return "membershipApplications";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.query(
                "select a.id, n.slug, a.status, a.organization_name, a.contact_first_name, a.contact_last_name,"
                        + " a.email, a.phone, a.message, a.submitted_at, a.decided_at, a.decision_note"
                        + " from membership_application a join network n on n.id = a.network_id"
                        + " where lower(a.email) = ?",
                (rs, i) -> {
                    Map<String, Object> application = new LinkedHashMap<>();
                    application.put("id", rs.getObject(1).toString());
                    application.put("network", rs.getString(2));
                    application.put("status", rs.getString(3));
                    application.put("organization", rs.getString(4));
                    application.put("firstName", rs.getString(5));
                    application.put("lastName", rs.getString(6));
                    application.put("email", rs.getString(7));
                    application.put("phone", rs.getString(8));
                    application.put("message", rs.getString(9));
                    application.put(
                            "submittedAt", rs.getTimestamp(10).toInstant().toString());
                    application.put(
                            "decidedAt",
                            rs.getTimestamp(11) == null
                                    ? null
                                    : rs.getTimestamp(11).toInstant().toString());
                    application.put("decisionNote", rs.getString(12));
                    return application;
                },
                email);
    }

    @Override
    public int erase(String email) {
        String erased = messages.getMessage("privacy.erased", null, Locale.GERMAN);
        String documents = "select d.storage_key from membership_application_document d"
                + " join membership_application a on a.id = d.application_id where lower(a.email) = ?";
        jdbc.queryForList(documents, String.class, email).forEach(blobs::delete);
        jdbc.update(
                "delete from membership_application_document where application_id in"
                        + " (select id from membership_application where lower(email) = ?)",
                email);
        return jdbc.update(
                "update membership_application set contact_first_name = ?, contact_last_name = ?, email = ?,"
                        + " phone = null, message = null, version = version + 1 where lower(email) = ?",
                erased,
                erased,
                "erased@erased.invalid",
                email);
    }
}
