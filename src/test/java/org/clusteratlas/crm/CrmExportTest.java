package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The CRM's exports: a segment of members as CSV that a German spreadsheet opens as it is (BOM, semicolons), with
 * formula-like cells neutralized, and an organization's contacts as vCard 4.0; both only for the network's office.
 */
class CrmExportTest extends AtlasPageTest {

    static final String BASE = "/n/it-westpfalz/crm/organizations";

    private MvcResult export(String url, String email) throws Exception {
        return mvc.perform(get(url).with(signedIn(email)).header("Accept-Language", "de"))
                .andReturn();
    }

    @Test
    void theSegmentIsACsvWithUmlautsAndNoFormulas() throws Exception {
        // A profile whose name and city would run as formulas in a spreadsheet.
        String externalId = unique("csv");
        Map<String, Object> organization = organization(externalId, "=HYPERLINK(\"x\") Übel GmbH", "it-westpfalz");
        organization.put("address", Map.of("postalCode", "67655", "city", "-Kaiserslautern", "country", "DE"));
        importLines(ADMIN_TOKEN, List.of(toJson(organization)));

        MvcResult result = export(BASE + "/export.csv?q=bel", office("it-westpfalz"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("it-westpfalz-members.csv");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
        CSVRecord row = rows.stream()
                .filter(r -> r.get("Name").contains("Übel GmbH"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("Name")).isEqualTo("'=HYPERLINK(\"x\") Übel GmbH");
        assertThat(row.get("Ort")).isEqualTo("'-Kaiserslautern");
        assertThat(row.get("Art")).isEqualTo("Unternehmen");
        assertThat(row.get("Profil")).contains("/o/");
    }

    @Test
    void anOrganizationsContactsAreAVCard4() throws Exception {
        MvcResult result = export(BASE + "/" + organizationId("demo-it-001") + "/contacts.vcf", office("it-westpfalz"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/vcard");
        List<VCard> cards;
        try (VCardReader reader = new VCardReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8))) {
            cards = reader.readAll();
        }
        assertThat(cards).hasSize(2);
        VCard first = cards.getFirst();
        assertThat(first.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(first.getFormattedName().getValue()).isEqualTo("Sabine Kettering");
        assertThat(first.getStructuredName().getFamily()).isEqualTo("Kettering");
        assertThat(first.getEmails().getFirst().getValue()).isEqualTo("s.kettering@kettering-software.example");
        assertThat(first.getOrganization().getValues()).containsExactly("Kettering Softwarehaus GmbH");
        assertThat(first.getTitles().getFirst().getValue()).isEqualTo("Geschäftsführerin");
        assertThat(first.getTelephoneNumbers().getFirst().getTypes())
                .containsExactly(ezvcard.parameter.TelephoneType.WORK);
    }

    @Test
    void exportsAreTheOfficesOnly() throws Exception {
        assertThat(export(BASE + "/export.csv", office("lautern-impuls"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(export(BASE + "/" + organizationId("demo-it-001") + "/contacts.vcf", MEMBER)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(export(BASE + "/" + organizationId("demo-kl-001") + "/contacts.vcf", office("it-westpfalz"))
                        .getResponse()
                        .getStatus())
                .as("not a member of this network")
                .isEqualTo(404);
    }
}
