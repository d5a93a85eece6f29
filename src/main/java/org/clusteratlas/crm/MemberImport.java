package org.clusteratlas.crm;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.crm.internal.CsvSniffer;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports an office's member list from CSV: the office sees a preview (how the file was read, the proposed meaning of
 * each column) and then imports. Each row is written in its own transaction by the organization module: a good row is
 * stored whole, a bad one not at all and reported with its line and the column at fault.
 *
 * <p>A row names its organization by the mapped ID column, or else by name and postal code, so importing the same list
 * again updates instead of duplicating. An organization that exists is changed only in the columns the file has;
 * everything else (its other networks, offers, other contact persons) stays.
 *
 * <p>Deliberately not transactional: one transaction for the whole file would make one bad row undo all good ones.
 */
@Service
public class MemberImport {

    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 5;

    private final Crm crm;
    private final Organizations organizations;
    private final MessageSource messages;

    MemberImport(Crm crm, Organizations organizations, MessageSource messages) {
        this.crm = crm;
        this.organizations = organizations;
        this.messages = messages;
    }

    /**
     * How the file reads, with the proposed mapping. Encoding and delimiter are detected unless given.
     *
     * @throws ValidationFailedException when the file is empty or unreadable, or the encoding unknown
     */
    public CsvPreview preview(String networkSlug, byte[] content, String encoding, Character delimiter) {
        crm.office(networkSlug);
        CsvSniffer.CsvFile file = read(content, encoding, delimiter);
        List<ImportField> mapping = new ArrayList<>();
        Set<ImportField> taken = new LinkedHashSet<>();
        for (String heading : file.headings()) {
            ImportField field = ImportField.guess(heading).filter(taken::add).orElse(null);
            mapping.add(field);
        }
        return new CsvPreview(
                file.charset().name(),
                file.delimiter(),
                file.headings(),
                mapping,
                file.rows().stream()
                        .limit(PREVIEW_ROWS)
                        .map(CsvSniffer.Row::values)
                        .toList(),
                file.rows().size());
    }

    /**
     * Imports the rows into the network.
     *
     * @param mapping per column, its field (null: ignored); a column without heading may be mapped too
     * @throws ValidationFailedException when the mapping lacks the name or maps a field twice, or the file is unreadable
     */
    public ImportReport run(
            String networkSlug, byte[] content, String encoding, Character delimiter, List<ImportField> mapping) {
        NetworkSummary network = crm.office(networkSlug);
        CsvSniffer.CsvFile file = read(content, encoding, delimiter);
        Map<ImportField, Integer> columns = columns(mapping);
        int created = 0;
        int updated = 0;
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        List<ImportReport.RejectedRow> warnings = new ArrayList<>();
        for (CsvSniffer.Row row : file.rows()) {
            String name = value(row, columns, ImportField.NAME);
            List<FieldMessage> errors = new ArrayList<>();
            OrganizationData data = data(network, file, row, columns, errors);
            if (!errors.isEmpty()) {
                rejected.add(new ImportReport.RejectedRow(row.line(), name, errors));
                continue;
            }
            try {
                Organizations.UpsertOutcome outcome = organizations.upsertForImport(data);
                if (outcome.created()) {
                    created++;
                } else {
                    updated++;
                }
                if (!outcome.warnings().isEmpty()) {
                    warnings.add(
                            new ImportReport.RejectedRow(row.line(), name, headed(outcome.warnings(), file, columns)));
                }
            } catch (Organizations.LineRejected invalid) {
                rejected.add(new ImportReport.RejectedRow(row.line(), name, headed(invalid.errors(), file, columns)));
            } catch (ValidationFailedException invalid) {
                rejected.add(new ImportReport.RejectedRow(row.line(), name, headed(invalid.errors(), file, columns)));
            }
        }
        return new ImportReport(created, updated, rejected, warnings);
    }

    // ---- a row becomes organization data

    private OrganizationData data(
            NetworkSummary network,
            CsvSniffer.CsvFile file,
            CsvSniffer.Row row,
            Map<ImportField, Integer> columns,
            List<FieldMessage> errors) {
        String name = value(row, columns, ImportField.NAME);
        String postalCode = value(row, columns, ImportField.POSTAL_CODE);
        String externalId = value(row, columns, ImportField.EXTERNAL_ID);
        if (externalId.isEmpty() && !name.isEmpty()) {
            // Name and postal code identify the member across imports of the same list.
            externalId =
                    "csv-" + network.slug() + "-" + Slugs.of(name) + (postalCode.isEmpty() ? "" : "-" + postalCode);
        }
        Optional<OrganizationData> stored =
                externalId.isEmpty() ? Optional.empty() : organizations.storedForImport(externalId);

        OrganizationKind kind = stored.map(OrganizationData::kind).orElse(OrganizationKind.COMPANY);
        String kindText = value(row, columns, ImportField.KIND);
        if (!kindText.isEmpty()) {
            kind = kind(kindText).orElse(null);
            if (kind == null) {
                errors.add(error(file, columns, ImportField.KIND, "crm.import.error.kind", kindText));
            }
        }
        Integer employees = stored.map(OrganizationData::employees).orElse(null);
        String employeesText = value(row, columns, ImportField.EMPLOYEES);
        if (!employeesText.isEmpty()) {
            String digits = employeesText.replace(".", "").replace(" ", "");
            if (digits.matches("\\d{1,8}")) {
                employees = Integer.valueOf(digits);
            } else {
                errors.add(error(file, columns, ImportField.EMPLOYEES, "crm.import.error.employees", employeesText));
            }
        }
        OrganizationData.Address before = stored.map(OrganizationData::address).orElse(null);
        OrganizationData.Address address = new OrganizationData.Address(
                pick(row, columns, ImportField.STREET, before == null ? null : before.street()),
                pick(row, columns, ImportField.POSTAL_CODE, before == null ? null : before.postalCode()),
                pick(row, columns, ImportField.CITY, before == null ? null : before.city()),
                country(pick(row, columns, ImportField.COUNTRY, before == null ? null : before.country())));
        String website = pick(
                row,
                columns,
                ImportField.WEBSITE,
                stored.map(OrganizationData::website).orElse(null));
        if (website != null && !website.isBlank() && !website.matches("(?i)https?://.*")) {
            website = "https://" + website.strip();
        }
        List<String> competences = stored.map(OrganizationData::competences).orElse(List.of());
        String competenceText = value(row, columns, ImportField.COMPETENCES);
        if (!competenceText.isEmpty()) {
            Set<String> merged = new LinkedHashSet<>(competences);
            for (String competence : competenceText.split("[,;|\\n]")) {
                if (!competence.isBlank()) {
                    merged.add(competence.strip());
                }
            }
            competences = List.copyOf(merged);
        }
        OrganizationData.Description description =
                stored.map(OrganizationData::description).orElse(null);
        String descriptionText = value(row, columns, ImportField.DESCRIPTION);
        if (!descriptionText.isEmpty()) {
            description =
                    new OrganizationData.Description(descriptionText, description == null ? null : description.en());
        }
        List<OrganizationData.Contact> contacts =
                contacts(stored.map(OrganizationData::contacts).orElse(List.of()), row, columns);
        Set<String> networks =
                new LinkedHashSet<>(stored.map(OrganizationData::networks).orElse(List.of()));
        networks.add(network.slug());

        OrganizationData base = stored.orElse(null);
        return new OrganizationData(
                externalId.isEmpty() ? null : externalId,
                List.copyOf(networks),
                name.isEmpty() ? (base == null ? "" : base.name()) : name,
                kind,
                description,
                competences,
                base == null ? List.of() : base.offers(),
                base == null ? List.of() : base.needs(),
                address,
                employees,
                website == null || website.isBlank() ? null : website,
                contacts,
                base == null ? Visibility.PUBLIC : base.visibility(),
                base == null ? null : base.industries(),
                base == null ? null : base.certifications(),
                base == null ? null : base.machinery(),
                base == null ? null : base.employeeBand(),
                base == null ? null : base.foundingYear(),
                base == null ? null : base.sites(),
                base == null ? null : base.languages(),
                base == null ? null : base.references(),
                base == null ? null : base.valueChainRoles(),
                base == null
                        // Imported contact persons are for members, not the open web: the office's list is no consent
                        // to publication.
                        ? new OrganizationData.SectionVisibility(null, null, Visibility.MEMBERS, null, null)
                        : base.sectionVisibility(),
                null,
                null);
    }

    /**
     * The stored contact persons with the row's person added, or replacing the stored one with the same e-mail
     * address (or, without one, the same name).
     */
    private static List<OrganizationData.Contact> contacts(
            List<OrganizationData.Contact> stored, CsvSniffer.Row row, Map<ImportField, Integer> columns) {
        String first = value(row, columns, ImportField.CONTACT_FIRST_NAME);
        String last = value(row, columns, ImportField.CONTACT_LAST_NAME);
        String email = value(row, columns, ImportField.CONTACT_EMAIL);
        String phone = value(row, columns, ImportField.CONTACT_PHONE);
        String role = value(row, columns, ImportField.CONTACT_ROLE);
        if (first.isEmpty() && !columns.containsKey(ImportField.CONTACT_FIRST_NAME) && last.contains(" ")) {
            // One column "Ansprechpartner" with the whole name.
            int space = last.lastIndexOf(' ');
            first = last.substring(0, space).strip();
            last = last.substring(space + 1).strip();
        }
        if (first.isEmpty() && last.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            return stored;
        }
        OrganizationData.Contact contact = new OrganizationData.Contact(
                blankToNull(first), last, blankToNull(role), blankToNull(email), blankToNull(phone), List.of());
        List<OrganizationData.Contact> merged = new ArrayList<>();
        boolean replaced = false;
        for (OrganizationData.Contact existing : stored) {
            boolean same = !email.isEmpty()
                    ? email.equalsIgnoreCase(existing.email() == null ? "" : existing.email())
                    : last.equalsIgnoreCase(existing.lastName())
                            && first.equalsIgnoreCase(existing.firstName() == null ? "" : existing.firstName());
            if (same && !replaced) {
                merged.add(new OrganizationData.Contact(
                        contact.firstName(),
                        contact.lastName(),
                        contact.role() == null ? existing.role() : contact.role(),
                        contact.email() == null ? existing.email() : contact.email(),
                        contact.phone() == null ? existing.phone() : contact.phone(),
                        existing.topics(),
                        existing.mobile(),
                        existing.languages()));
                replaced = true;
            } else {
                merged.add(existing);
            }
        }
        if (!replaced) {
            merged.add(contact);
        }
        return merged;
    }

    private static Optional<OrganizationKind> kind(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (OrganizationKind kind : OrganizationKind.values()) {
            if (kind.name().equalsIgnoreCase(key.replace(' ', '_').replace('-', '_'))) {
                return Optional.of(kind);
            }
        }
        if (key.matches(".*(gmbh|ag|kg|ohg|unternehmen|firma|betrieb|company|e\\.k\\.|ug).*")) {
            return Optional.of(OrganizationKind.COMPANY);
        }
        if (key.matches(".*(hochschule|universit|fachhochschule|college).*")) {
            return Optional.of(OrganizationKind.UNIVERSITY);
        }
        if (key.matches(".*(forschung|institut|research).*")) {
            return Optional.of(OrganizationKind.RESEARCH_INSTITUTE);
        }
        if (key.matches(".*(verein|verband|e\\.v\\.|association|kammer).*")) {
            return Optional.of(OrganizationKind.ASSOCIATION);
        }
        if (key.matches(".*(sozial|social|kita|kindergarten|schule|stiftung).*")) {
            return Optional.of(OrganizationKind.SOCIAL_INSTITUTION);
        }
        if (key.matches(".*(behörde|amt|kommune|stadt|gemeinde|public).*")) {
            return Optional.of(OrganizationKind.PUBLIC_BODY);
        }
        if (key.matches(".*(sonstige|andere|other).*")) {
            return Optional.of(OrganizationKind.OTHER);
        }
        return Optional.empty();
    }

    private static String country(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "deutschland", "germany", "d", "de", "brd" -> "DE";
            case "österreich", "austria", "a", "at" -> "AT";
            case "schweiz", "switzerland", "ch" -> "CH";
            case "frankreich", "france", "fr", "f" -> "FR";
            case "luxemburg", "luxembourg", "lu", "l" -> "LU";
            default -> text.strip().toUpperCase(Locale.ROOT);
        };
    }

    // ---- columns and messages

    private Map<ImportField, Integer> columns(List<ImportField> mapping) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        List<FieldMessage> errors = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            ImportField field = mapping.get(i);
            if (field != null && columns.putIfAbsent(field, i) != null) {
                errors.add(new FieldMessage(
                        "mapping[" + i + "]",
                        message("crm.import.error.mapped-twice", message("crm.import.field." + field.name()))));
            }
        }
        if (!columns.containsKey(ImportField.NAME)) {
            errors.add(new FieldMessage("mapping", message("crm.import.error.no-name")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return columns;
    }

    private CsvSniffer.CsvFile read(byte[] content, String encoding, Character delimiter) {
        if (content == null || content.length == 0) {
            throw new ValidationFailedException(List.of(new FieldMessage("file", message("crm.import.error.empty"))));
        }
        Charset charset;
        try {
            charset = encoding == null || encoding.isBlank() ? null : Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("encoding", message("crm.import.error.encoding", encoding))));
        }
        CsvSniffer.CsvFile file;
        try {
            file = CsvSniffer.read(content, charset, delimiter);
        } catch (CsvSniffer.MalformedCsvException malformed) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("file", message("crm.import.error.malformed"))));
        }
        if (file.headings().isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldMessage("file", message("crm.import.error.empty"))));
        }
        return file;
    }

    /** The organization module names fields by its data ("address.postalCode"); the office knows its columns. */
    private List<FieldMessage> headed(
            List<FieldMessage> errors, CsvSniffer.CsvFile file, Map<ImportField, Integer> columns) {
        return errors.stream()
                .map(e -> new FieldMessage(heading(e.field(), file, columns), e.message()))
                .toList();
    }

    private String heading(String field, CsvSniffer.CsvFile file, Map<ImportField, Integer> columns) {
        ImportField meant = fieldOf(field);
        Integer column = meant == null ? null : columns.get(meant);
        if (column == null
                || column >= file.headings().size()
                || file.headings().get(column).isBlank()) {
            return meant == null ? field : message("crm.import.field." + meant.name());
        }
        return file.headings().get(column);
    }

    private static ImportField fieldOf(String field) {
        String path = field == null ? "" : field.replaceAll("\\[\\d+]", "");
        return switch (path) {
            case "externalId" -> ImportField.EXTERNAL_ID;
            case "name" -> ImportField.NAME;
            case "kind" -> ImportField.KIND;
            case "address.street" -> ImportField.STREET;
            case "address.postalCode" -> ImportField.POSTAL_CODE;
            case "address.city" -> ImportField.CITY;
            case "address.country" -> ImportField.COUNTRY;
            case "website" -> ImportField.WEBSITE;
            case "employees" -> ImportField.EMPLOYEES;
            case "competences" -> ImportField.COMPETENCES;
            case "description.de" -> ImportField.DESCRIPTION;
            case "contacts.firstName" -> ImportField.CONTACT_FIRST_NAME;
            case "contacts.lastName" -> ImportField.CONTACT_LAST_NAME;
            case "contacts.role" -> ImportField.CONTACT_ROLE;
            case "contacts.email" -> ImportField.CONTACT_EMAIL;
            case "contacts.phone" -> ImportField.CONTACT_PHONE;
            default -> null;
        };
    }

    private FieldMessage error(
            CsvSniffer.CsvFile file, Map<ImportField, Integer> columns, ImportField field, String key, Object... args) {
        String heading =
                columns.get(field) < file.headings().size() ? file.headings().get(columns.get(field)) : "";
        return new FieldMessage(
                heading.isBlank() ? message("crm.import.field." + field.name()) : heading, message(key, args));
    }

    private static String value(CsvSniffer.Row row, Map<ImportField, Integer> columns, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.get(column).strip();
    }

    /** The row's value when the file has the column and the cell is filled; otherwise what is stored. */
    private static String pick(
            CsvSniffer.Row row, Map<ImportField, Integer> columns, ImportField field, String stored) {
        String value = value(row, columns, field);
        return value.isEmpty() ? stored : value;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
