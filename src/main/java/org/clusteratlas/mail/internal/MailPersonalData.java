package org.clusteratlas.mail.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.shared.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The mails the platform sent (or is about to send) to the address. Erasure deletes them. */
@Component
class MailPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    MailPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "mails";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.query(
                "select subject, body, status, created_at from mail_message where lower(recipient) = ?"
                        + " order by created_at",
                (rs, i) -> {
                    Map<String, Object> mail = new LinkedHashMap<>();
                    mail.put("subject", rs.getString(1));
                    mail.put("body", rs.getString(2));
                    mail.put("status", rs.getString(3));
                    mail.put("createdAt", rs.getTimestamp(4).toInstant().toString());
                    return mail;
                },
                email);
    }

    @Override
    public int erase(String email) {
        return jdbc.update("delete from mail_message where lower(recipient) = ?", email);
    }
}
