package org.clusteratlas.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.shared.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's account: address, name, language, rights, tokens. Erasure makes the account unusable and nameless (the
 * row stays, so records that name its id, like an interaction's author, still point somewhere); rights and tokens go.
 */
@Component
class AccountPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AccountPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "accounts";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.query(
                "select id, email, display_name, preferred_language, email_verified, enabled, platform_admin,"
                        + " created_at from user_account where lower(email) = ?",
                (rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Map<String, Object> account = new LinkedHashMap<>();
                    account.put("id", id.toString());
                    account.put("email", rs.getString(2));
                    account.put("displayName", rs.getString(3));
                    account.put("language", rs.getString(4));
                    account.put("emailVerified", rs.getBoolean(5));
                    account.put("enabled", rs.getBoolean(6));
                    account.put("platformAdmin", rs.getBoolean(7));
                    account.put("createdAt", rs.getTimestamp(8).toInstant().toString());
                    account.put(
                            "networkRoles",
                            jdbc.queryForList(
                                    "select n.slug || ': ' || r.role from network_role_assignment r"
                                            + " join network n on n.id = r.network_id where r.user_id = ?",
                                    String.class,
                                    id));
                    account.put(
                            "apiTokens",
                            jdbc.queryForList("select name from api_token where user_id = ?", String.class, id));
                    return account;
                },
                email);
    }

    @Override
    public int erase(String email) {
        List<UUID> ids = jdbc.queryForList("select id from user_account where lower(email) = ?", UUID.class, email);
        for (UUID id : ids) {
            jdbc.update("delete from api_token where user_id = ?", id);
            jdbc.update("delete from account_token where user_id = ?", id);
            jdbc.update("delete from network_role_assignment where user_id = ?", id);
            jdbc.update("delete from organization_editor_assignment where user_id = ?", id);
            // No password hash matches "!" (not a bcrypt string), and the account is disabled besides.
            jdbc.update(
                    "update user_account set email = ?, display_name = ?, password_hash = '!', enabled = false,"
                            + " platform_admin = false, email_verified = false, version = version + 1 where id = ?",
                    "erased-" + id + "@erased.invalid",
                    "—",
                    id);
        }
        return ids.size();
    }
}
