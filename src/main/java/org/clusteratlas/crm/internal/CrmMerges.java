package org.clusteratlas.crm.internal;

import java.util.Map;
import java.util.UUID;
import org.clusteratlas.organization.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A duplicate merged into another organization: its interactions, tasks, tags and contact roles move to the survivor
 * (and to the survivor's entries of the same persons), in the merging transaction, before the duplicate is deleted.
 */
@Component
class CrmMerges {

    private final JdbcTemplate jdbc;

    CrmMerges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganizationsMerged merged) {
        UUID to = merged.survivorId();
        UUID from = merged.duplicateId();
        for (Map.Entry<UUID, UUID> contact : merged.contacts().entrySet()) {
            jdbc.update(
                    "update crm_interaction set contact_id = ? where contact_id = ?",
                    contact.getValue(),
                    contact.getKey());
            jdbc.update(
                    "update crm_task set contact_id = ? where contact_id = ?", contact.getValue(), contact.getKey());
            jdbc.update(
                    "insert into crm_contact_role (network_id, contact_id, role) select r.network_id, ?, r.role"
                            + " from crm_contact_role r where r.contact_id = ? and not exists (select 1 from"
                            + " crm_contact_role k where k.network_id = r.network_id and k.contact_id = ?"
                            + " and k.role = r.role)",
                    contact.getValue(),
                    contact.getKey(),
                    contact.getValue());
        }
        jdbc.update("update crm_interaction set organization_id = ? where organization_id = ?", to, from);
        jdbc.update("update crm_task set organization_id = ? where organization_id = ?", to, from);
        jdbc.update(
                "insert into crm_tag_assignment (tag_id, organization_id) select a.tag_id, ? from crm_tag_assignment a"
                        + " where a.organization_id = ? and not exists (select 1 from crm_tag_assignment k"
                        + " where k.tag_id = a.tag_id and k.organization_id = ?)",
                to,
                from,
                to);
        jdbc.update("delete from crm_tag_assignment where organization_id = ?", from);
    }
}
