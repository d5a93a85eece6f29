package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The office imports its member list from CSV: a German Excel file (semicolons, Windows-1252, umlauts) with one bad
 * row imports the good rows and reports the bad one with its line and column; importing it again updates instead of
 * duplicating; the API does the same in one step and keeps other offices out.
 */
class MemberImportTest extends AtlasPageTest {

    static final String OFFICE_A = office("it-westpfalz");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final String EXCEL_FILE = String.join(
            "\r\n",
            "Firma;Straße;PLZ;Ort;Mitarbeiter;Ansprechpartner;E-Mail;Kompetenzen",
            "Müller Präzisionsteile GmbH;Hauptstraße 5;24937;Flensburg;25;Jürgen Müller;"
                    + "j.mueller@mueller-praezision.example;Glockenguss, Zinngießerei",
            "Weiß & Söhne Metallbau;Am Hang 3;24939;Flensburg;1.200;Dörte Weiß;;\"Orgelbau; Gehäusefräsung\"",
            "Schäfer Oberflächen KG;Industriestraße 12;24941;Flensburg;8;Sören Schäfer;kein-e-mail;" + "Zinnfiguren",
            "Größ Elektrotechnik e.K.;Marktplatz 1;24943;Flensburg;12;;;Turmuhren",
            "");

    private MvcResult upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/n/it-westpfalz/crm/import")
                        .file(new MockMultipartFile("file", "Mitglieder.csv", "text/csv", content))
                        .with(csrf())
                        .with(signedIn(OFFICE_A))
                        .header("Accept-Language", "de"))
                .andReturn();
    }

    private Document importPreviewed(Document preview) throws Exception {
        Element form = preview.selectFirst("#import-preview");
        assertThat(form).isNotNull();
        MultiValueMap<String, String> values = formValues(form);
        values.remove("reread");
        return page(mvc.perform(post(form.attr("action"))
                        .with(params(values))
                        .with(csrf())
                        .with(signedIn(OFFICE_A))
                        .header("Accept-Language", "de"))
                .andReturn());
    }

    @Test
    void aGermanExcelFileWithUmlautsAndOneBadRowImportsTheGoodRowsAndReportsTheBadOne() throws Exception {
        byte[] file = EXCEL_FILE.getBytes(WINDOWS_1252);

        Document preview = page(upload(file));

        assertThat(preview.select("#import-read-as").text()).contains("windows-1252", "Semikolon", "4 Zeilen");
        assertThat(preview.select("#import-columns tbody tr").first().text()).contains("Müller Präzisionsteile GmbH");
        assertThat(preview.select("#import-columns select").stream()
                        .map(s -> s.select("option[selected]").attr("value"))
                        .toList())
                .containsExactly(
                        "NAME",
                        "STREET",
                        "POSTAL_CODE",
                        "CITY",
                        "EMPLOYEES",
                        "CONTACT_LAST_NAME",
                        "CONTACT_EMAIL",
                        "COMPETENCES");

        Document report = importPreviewed(preview);

        assertThat(report.select("#import-report").text())
                .isEqualTo("Import abgeschlossen: 3 angelegt, 0 aktualisiert, 1 Zeilen nicht importiert.");
        Element bad = report.selectFirst("#import-rejected tbody tr");
        assertThat(bad).isNotNull();
        assertThat(bad.child(0).text()).isEqualTo("4");
        assertThat(bad.child(1).text()).isEqualTo("Schäfer Oberflächen KG");
        assertThat(bad.child(2).text()).startsWith("E-Mail:");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name = 'Schäfer Oberflächen KG'", Integer.class))
                .as("nothing of the bad row is written")
                .isZero();

        UUID mueller = jdbc.queryForObject(
                "select id from organization where name = 'Müller Präzisionsteile GmbH'", UUID.class);
        assertThat(jdbc.queryForMap("select street, postal_code, employees from organization where id = ?", mueller))
                .containsEntry("STREET", "Hauptstraße 5")
                .containsEntry("POSTAL_CODE", "24937")
                .containsEntry("EMPLOYEES", 25);
        assertThat(jdbc.queryForList(
                        "select first_name || ' ' || last_name || ' ' || email from organization_contact"
                                + " where organization_id = ?",
                        String.class,
                        mueller))
                .containsExactly("Jürgen Müller j.mueller@mueller-praezision.example");
        assertThat(jdbc.queryForList(
                        "select competence from organization_competence where organization_id = ? order by sort_order",
                        String.class,
                        mueller))
                .containsExactly("Glockenguss", "Zinngießerei");
        assertThat(jdbc.queryForList(
                        "select competence from organization_competence c join organization o"
                                + " on o.id = c.organization_id where o.name = 'Weiß & Söhne Metallbau'"
                                + " order by sort_order",
                        String.class))
                .containsExactly("Orgelbau", "Gehäusefräsung");
        assertThat(jdbc.queryForObject(
                        "select m.status from membership m join network n on n.id = m.network_id"
                                + " where m.organization_id = ? and n.slug = 'it-westpfalz'",
                        String.class,
                        mueller))
                .isEqualTo("ACTIVE");

        // The same list again (with the bad row fixed) updates instead of duplicating.
        Document again = importPreviewed(page(upload(
                EXCEL_FILE.replace("kein-e-mail", "info@schaefer.example").getBytes(WINDOWS_1252))));
        assertThat(again.select("#import-report").text())
                .isEqualTo("Import abgeschlossen: 1 angelegt, 3 aktualisiert, 0 Zeilen nicht importiert.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name = 'Müller Präzisionsteile GmbH'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_contact where organization_id = ?", Integer.class, mueller))
                .isEqualTo(1);
    }

    @Test
    void theOfficeCorrectsTheDelimiterAndTheMappingBeforeImporting() throws Exception {
        String file = "Nr|Name des Mitglieds|Postleitzahl\n7|Ölmühle Otterbach|24944\n";
        Document preview = page(upload(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.select("#import-read-as").text()).contains("UTF-8", "Senkrechter Strich");
        // "Name des Mitglieds" is not a heading we know: without the name nothing can be imported.
        Document refused = importPreviewed(preview);
        assertThat(refused.select("#import-errors").text()).contains("Spalte mit dem Namen");

        Element form = refused.selectFirst("#import-preview");
        MultiValueMap<String, String> values = formValues(form);
        values.remove("reread");
        values.put("mapping", List.of("EXTERNAL_ID", "NAME", "POSTAL_CODE"));
        Document report = page(mvc.perform(post(form.attr("action"))
                        .with(params(values))
                        .with(csrf())
                        .with(signedIn(OFFICE_A))
                        .header("Accept-Language", "de"))
                .andReturn());
        assertThat(report.select("#import-report").text())
                .as(report.select("#import-rejected").text())
                .startsWith("Import abgeschlossen: 1 angelegt");
        assertThat(jdbc.queryForObject(
                        "select external_id from organization where name = 'Ölmühle Otterbach'", String.class))
                .isEqualTo("7");
    }

    @Test
    void theApiImportsInOneStepAndKeepsOtherOfficesOut() throws Exception {
        byte[] file = ("\uFEFFName,PLZ,Ort,Art\n"
                        + "Flensburger Kita-Förderverein,24937,Flensburg,Verein\n"
                        + "Ohne Art GmbH & Co,24937,Flensburg,Raumschiff\n")
                .getBytes(StandardCharsets.UTF_8);

        MvcResult result = mvc.perform(post("/api/v1/imports/members?network=it-westpfalz")
                        .contentType("text/csv")
                        .content(file)
                        .with(as(tokenFor(OFFICE_A))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode report = body(result);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejected")
                        .get(0)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("Art");
        assertThat(jdbc.queryForObject(
                        "select m.fee_category from membership m join organization o on o.id = m.organization_id"
                                + " where o.name = 'Flensburger Kita-Förderverein'",
                        String.class))
                .as("an association is exempt from fees")
                .isEqualTo("EXEMPT");

        MvcResult foreign = mvc.perform(post("/api/v1/imports/members?network=it-westpfalz")
                        .contentType("text/csv")
                        .content(file)
                        .with(as(tokenFor(office("lautern-impuls")))))
                .andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
        MvcResult noName = mvc.perform(post("/api/v1/imports/members?network=it-westpfalz")
                        .contentType("text/csv")
                        .content("Ort;PLZ\nKaiserslautern;67655\n".getBytes(StandardCharsets.UTF_8))
                        .with(as(tokenFor(OFFICE_A))))
                .andReturn();
        assertThat(noName.getResponse().getStatus()).isEqualTo(400);
        assertThat(noName.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
