package org.clusteratlas.crm.web;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.StructuredName;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.organization.OrganizationListItem;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports of the office's CRM: the members of a segment (the member list's filter) as CSV, and an organization's
 * contact persons as vCard 4.0. Both for the network's office only, like everything in the CRM.
 *
 * <p>The CSV is what German spreadsheets open without an import dialog: UTF-8 with a byte order mark, semicolons,
 * CRLF. A cell that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return) is prefixed with an apostrophe, so data typed into a profile can never run as a formula on an office PC.
 */
@Controller
class CrmExportController {

    private static final int PAGE = 100;

    private final Crm crm;
    private final Organizations organizations;
    private final MessageSource messages;
    private final AtlasProperties atlas;

    CrmExportController(Crm crm, Organizations organizations, MessageSource messages, AtlasProperties atlas) {
        this.crm = crm;
        this.organizations = organizations;
        this.messages = messages;
        this.atlas = atlas;
    }

    @GetMapping("/n/{slug}/crm/organizations/export.csv")
    void membersCsv(@PathVariable String slug, @RequestParam(defaultValue = "") String q, HttpServletResponse response)
            throws IOException {
        crm.office(slug);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = List.of(
                "name",
                "kind",
                "city",
                "networks",
                "status",
                "completeness",
                "profile",
                "contact",
                "role",
                "email",
                "phone");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(slug + "-members.csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader(header.stream()
                        .map(h -> messages.getMessage("crm.export.column." + h, null, locale))
                        .toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (int page = 0; ; page++) {
                Page<OrganizationListItem> members = organizations.list(slug, q.strip(), page, PAGE);
                Map<UUID, OrganizationRef> refs = organizations.references(members.getContent().stream()
                        .map(OrganizationListItem::id)
                        .toList());
                for (OrganizationListItem m : members.getContent()) {
                    OrganizationRef ref = refs.get(m.id());
                    OrganizationRef.ContactRef contact =
                            ref == null || ref.contacts().isEmpty()
                                    ? null
                                    : ref.contacts().getFirst();
                    List<Object> row = new ArrayList<>();
                    row.add(m.name());
                    row.add(messages.getMessage("organization.kind." + m.kind(), null, locale));
                    row.add(m.city());
                    row.add(String.join(", ", m.networks()));
                    row.add(messages.getMessage(
                            "organization.status." + m.status(),
                            null,
                            m.status().name(),
                            locale));
                    row.add(m.completeness());
                    row.add(atlas.baseUrl() + "/o/" + m.slug());
                    row.add(contact == null ? null : contact.name());
                    row.add(contact == null ? null : contact.role());
                    row.add(contact == null ? null : contact.email());
                    row.add(contact == null ? null : contact.phone());
                    csv.printRecord(row.stream().map(CrmExportController::cell).toList());
                }
                if (!members.hasNext()) {
                    break;
                }
            }
        }
    }

    @GetMapping("/n/{slug}/crm/organizations/{organizationId}/contacts.vcf")
    void contactsVcard(@PathVariable String slug, @PathVariable UUID organizationId, HttpServletResponse response)
            throws IOException {
        OrganizationRef organization = crm.member(slug, organizationId);
        List<VCard> cards = new ArrayList<>();
        for (OrganizationRef.ContactRef contact : organization.contacts()) {
            VCard card = new VCard();
            StructuredName name = new StructuredName();
            name.setGiven(contact.firstName());
            name.setFamily(contact.lastName());
            card.setStructuredName(name);
            card.setFormattedName(contact.name());
            card.setOrganization(organization.name());
            if (contact.role() != null) {
                card.addTitle(contact.role());
            }
            if (contact.email() != null) {
                card.addEmail(contact.email());
            }
            if (contact.phone() != null) {
                card.addTelephoneNumber(contact.phone());
            }
            card.addUrl(atlas.baseUrl() + "/o/" + organization.slug());
            cards.add(card);
        }
        response.setContentType("text/vcard;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(organization.slug() + "-contacts.vcf", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (VCardWriter vcards = new VCardWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), VCardVersion.V4_0)) {
            vcards.setAddProdId(false);
            for (VCard card : cards) {
                vcards.write(card);
            }
        }
    }

    /** A cell a spreadsheet would evaluate as a formula is neutralized with a leading apostrophe. */
    static Object cell(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
