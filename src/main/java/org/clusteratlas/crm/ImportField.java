package org.clusteratlas.crm;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a member list can be. Each field knows the headings offices use for it (German and English, as
 * spreadsheets of member lists are written), so the preview can propose the mapping.
 */
public enum ImportField {
    EXTERNAL_ID("id", "nr", "nummer", "mitgliedsnummer", "kundennummer", "externalid", "externe id"),
    NAME("name", "firma", "unternehmen", "organisation", "organization", "company", "firmenname", "mitglied"),
    KIND("art", "typ", "kind", "type", "organisationsart", "rechtsform"),
    STREET("strasse", "straße", "str", "street", "adresse", "anschrift", "address"),
    POSTAL_CODE("plz", "postleitzahl", "postal code", "postcode", "zip"),
    CITY("ort", "stadt", "city", "town", "wohnort", "sitz"),
    COUNTRY("land", "country", "staat"),
    WEBSITE("website", "webseite", "homepage", "internet", "www", "url"),
    EMPLOYEES("mitarbeiter", "beschaftigte", "mitarbeiterzahl", "employees", "staff", "anzahl mitarbeiter"),
    COMPETENCES("kompetenzen", "kernkompetenzen", "schwerpunkte", "competences", "leistungen", "skills"),
    DESCRIPTION("beschreibung", "description", "profil", "uber uns"),
    CONTACT_FIRST_NAME("vorname", "first name", "firstname", "given name"),
    CONTACT_LAST_NAME("nachname", "last name", "lastname", "surname", "ansprechpartner", "contact", "kontakt"),
    CONTACT_ROLE("funktion", "position", "rolle", "role", "title", "job title"),
    CONTACT_EMAIL("e-mail", "email", "mail", "e mail", "emailadresse", "e-mail-adresse"),
    CONTACT_PHONE("telefon", "tel", "phone", "telephone", "telefonnummer", "fon");

    private final List<String> headings;

    ImportField(String... headings) {
        this.headings = List.of(headings);
    }

    /** The field a column heading most likely means, if any. */
    public static Optional<ImportField> guess(String heading) {
        String key = normalize(heading);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField field : values()) {
            if (field.headings.stream().map(ImportField::normalize).anyMatch(key::equals)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents, dots or surrounding space: "E-Mail-Adresse", "Straße." and "Str" compare. */
    private static String normalize(String heading) {
        if (heading == null) {
            return "";
        }
        String plain = Normalizer.normalize(heading.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .replace(".", "")
                .replace("_", " ")
                .strip();
        return plain;
    }
}
