package org.clusteratlas.crm.web;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.StructuredName;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.crm.SegmentFilter;
import org.clusteratlas.crm.SegmentMember;
import org.clusteratlas.crm.Segments;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.shared.AtlasProperties;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    private final Crm crm;
    private final Segments segments;
    private final MessageSource messages;
    private final AtlasProperties atlas;

    CrmExportController(Crm crm, Segments segments, MessageSource messages, AtlasProperties atlas) {
        this.crm = crm;
        this.segments = segments;
        this.messages = messages;
        this.atlas = atlas;
    }

    @GetMapping("/n/{slug}/crm/organizations/export.csv")
    void membersCsv(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<List<Object>> rows = rows(slug, SegmentFilter.parse(request.getQueryString()));
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, slug + "-members.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader(headings().toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(CrmExportController::cell).toList());
            }
        }
    }

    /**
     * The segment as an Excel workbook. Cells are typed (text, numbers, dates), so nothing is taken for a formula and
     * no apostrophes are needed; the heading row stays visible while scrolling.
     */
    @GetMapping("/n/{slug}/crm/organizations/export.xlsx")
    void membersXlsx(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<List<Object>> rows = rows(slug, SegmentFilter.parse(request.getQueryString()));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, slug + "-members.xlsx");
        Workbook workbook = new Workbook(response.getOutputStream(), "ClusterAtlas", "1.0");
        Worksheet sheet =
                workbook.newWorksheet(messages.getMessage("crm.export.sheet", null, LocaleContextHolder.getLocale()));
        List<String> headings = headings();
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, headings.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                switch (value) {
                    case null -> {}
                    case Number number -> sheet.value(r + 1, c, number);
                    case java.time.LocalDate date -> {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    }
                    default -> sheet.value(r + 1, c, value.toString());
                }
            }
        }
        workbook.finish();
    }

    private List<String> headings() {
        Locale locale = LocaleContextHolder.getLocale();
        return List.of(
                        "name",
                        "kind",
                        "postalCode",
                        "city",
                        "status",
                        "type",
                        "fee",
                        "tags",
                        "lastContact",
                        "profile",
                        "contact",
                        "role",
                        "email",
                        "phone")
                .stream()
                .map(h -> messages.getMessage("crm.export.column." + h, null, locale))
                .toList();
    }

    /** One row per member of the segment, with its first contact person (all of them are in the vCard export). */
    private List<List<Object>> rows(String slug, SegmentFilter filter) {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (SegmentMember m : segments.members(slug, filter)) {
            OrganizationRef.ContactRef contact =
                    m.contacts().isEmpty() ? null : m.contacts().getFirst();
            List<Object> row = new ArrayList<>();
            row.add(m.name());
            row.add(m.kind() == null ? null : messages.getMessage("organization.kind." + m.kind(), null, locale));
            row.add(m.postalCode());
            row.add(m.city());
            row.add(messages.getMessage("membership.record.status." + m.status(), null, locale));
            row.add(m.typeName());
            row.add(messages.getMessage("membership.fee." + m.feeCategory(), null, locale));
            row.add(String.join(", ", m.tags()));
            row.add(m.lastContact() == null ? null : java.time.LocalDate.ofInstant(m.lastContact(), crm.zone()));
            row.add(atlas.baseUrl() + "/o/" + m.slug());
            row.add(contact == null ? null : contact.name());
            row.add(contact == null ? null : contact.role());
            row.add(contact == null ? null : contact.email());
            row.add(contact == null ? null : contact.phone());
            rows.add(row);
        }
        return rows;
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
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
                card.addTelephoneNumber(contact.phone(), ezvcard.parameter.TelephoneType.WORK);
            }
            if (contact.mobile() != null) {
                card.addTelephoneNumber(contact.mobile(), ezvcard.parameter.TelephoneType.CELL);
            }
            for (String language : contact.languages()) {
                card.addLanguage(language);
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
