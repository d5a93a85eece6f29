package org.clusteratlas.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.shared.privacy.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person as contact of organizations. Erasure goes through the entities, not SQL: contacts are in the search index,
 * which must forget the person in the same commit. The entry stays (named "(gelöscht)"), so the organization's history
 * and the CRM records that point to it stay whole.
 */
@Component
class ContactPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager entityManager;

    private final MessageSource messages;

    ContactPersonalData(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String area() {
        return "contactPersons";
    }

    private List<ContactPerson> contacts(String email) {
        return entityManager
                .createQuery("select c from ContactPerson c where lower(c.email) = :email", ContactPerson.class)
                .setParameter("email", email)
                .getResultList();
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return contacts(email).stream()
                .map(c -> {
                    Map<String, Object> contact = new LinkedHashMap<>();
                    contact.put("id", c.getId().toString());
                    contact.put("organization", c.getOrganization().getName());
                    contact.put("firstName", c.getFirstName());
                    contact.put("lastName", c.getLastName());
                    contact.put("role", c.getRole());
                    contact.put("email", c.getEmail());
                    contact.put("phone", c.getPhone());
                    contact.put("topics", List.copyOf(c.getTopics()));
                    return contact;
                })
                .toList();
    }

    @Override
    public int erase(String email) {
        List<ContactPerson> found = contacts(email);
        String erased = messages.getMessage("privacy.erased", null, Locale.GERMAN);
        for (ContactPerson contact : found) {
            contact.describe(null, erased, contact.getRole(), null, null, List.of());
        }
        return found.size();
    }
}
