package org.clusteratlas.membership;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.organization.OrganizationKind;

/**
 * What an applicant tells the network, already checked by the form. Texts are stripped; blank optional fields are
 * null; lists are never null.
 *
 * @param website optional, an http(s) address
 * @param employees head count as the applicant states it; null when not given
 * @param partOfGroup the applicant says the organization belongs to a chain or group of companies
 * @param competences what the organization is good at, one entry per competence
 * @param language the language the applicant used, for every mail they get about the application
 */
public record ApplicationData(
        String organizationName,
        OrganizationKind kind,
        String postalCode,
        String city,
        String website,
        Integer employees,
        boolean partOfGroup,
        String contactFirstName,
        String contactLastName,
        String email,
        String phone,
        List<String> competences,
        String message,
        Locale language) {

    public ApplicationData {
        competences = competences == null ? List.of() : List.copyOf(competences);
        language = language == null ? Locale.GERMAN : language;
    }

    public String contactName() {
        return contactFirstName == null ? contactLastName : contactFirstName + " " + contactLastName;
    }
}
