package org.clusteratlas.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.identity.RunAs;
import org.clusteratlas.network.BilingualDescription;
import org.clusteratlas.network.BilingualName;
import org.clusteratlas.network.FederationCommand;
import org.clusteratlas.network.NetworkCommand;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo content when {@code atlas.demo-data} is true and the database has no network yet. It never touches a
 * database that already has content, so switching it on for a production database is harmless.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    /** One password for every demo account, documented in the README; demo installations are never production. */
    static final String PASSWORD = "demo-Atlas-2026";

    static final String ADMIN = "admin@clusteratlas.example";
    static final String MEMBER = "mitglied@clusteratlas.example";
    static final String EDITOR = "redaktion@kettering-software.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AtlasProperties properties;
    private final Accounts accounts;
    private final RunAs runAs;
    private final Networks networks;
    private final Organizations organizations;
    private final JsonMapper json;

    DemoData(
            AtlasProperties properties,
            Accounts accounts,
            RunAs runAs,
            Networks networks,
            Organizations organizations,
            JsonMapper json) {
        this.properties = properties;
        this.accounts = accounts;
        this.runAs = runAs;
        this.networks = networks;
        this.organizations = organizations;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()
                || !networks.all().isEmpty()
                || !networks.allFederations().isEmpty()) {
            return;
        }
        UUID admin = accounts.ensureVerifiedAccount(ADMIN, "Demo Admin", PASSWORD, true);
        int created = runAs.runAs(admin, this::seed);
        log.info(
                "Demo data loaded: {} networks, {} organizations; demo accounts use the password from the README",
                NETWORKS.size(),
                created);
    }

    private int seed() {
        NETWORKS.forEach(networks::create);
        FEDERATIONS.forEach(networks::createFederation);
        Map<String, UUID> ids =
                networks.idsBySlug(NETWORKS.stream().map(NetworkCommand::slug).toList());
        for (NetworkCommand network : NETWORKS) {
            UUID office = accounts.ensureVerifiedAccount(
                    "office." + network.slug() + "@clusteratlas.example",
                    "Geschäftsstelle " + network.name().de(),
                    PASSWORD,
                    false);
            accounts.assignNetworkRole(office, ids.get(network.slug()), NetworkRole.MANAGER);
        }
        UUID member = accounts.ensureVerifiedAccount(MEMBER, "Mia Mitglied", PASSWORD, false);
        accounts.assignNetworkRole(member, ids.get("it-westpfalz"), NetworkRole.MEMBER);

        int created = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/organizations.ndjson").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()
                        && organizations
                                .upsertForImport(json.readValue(line, OrganizationData.class))
                                .created()) {
                    created++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Demo organizations could not be read", e);
        }
        UUID editor = accounts.ensureVerifiedAccount(EDITOR, "Eda Redakteurin", PASSWORD, false);
        accounts.assignNetworkRole(editor, ids.get("it-westpfalz"), NetworkRole.MEMBER);
        organizations.list("it-westpfalz", "Kettering", 0, 1).stream()
                .findFirst()
                .ifPresent(kettering -> accounts.assignOrganizationEditor(editor, kettering.id()));
        return created;
    }

    static final List<NetworkCommand> NETWORKS = List.of(
            new NetworkCommand(
                    "it-westpfalz",
                    new BilingualName("IT-Netzwerk Westpfalz", "IT Network Westpfalz"),
                    new BilingualDescription(
                            "Branchenübergreifendes Netzwerk der Medien- und IT-Unternehmen rund um Kaiserslautern: "
                                    + "Mitglieder lernen sich kennen, bahnen Kooperationen an und finden schnell den "
                                    + "richtigen Ansprechpartner in der Region.",
                            "Cross-sector network of media and IT companies around Kaiserslautern: members get to "
                                    + "know each other, initiate cooperations and quickly find the right contact "
                                    + "person in the region."),
                    "Kaiserslautern",
                    List.of()),
            new NetworkCommand(
                    "it-rhein-neckar",
                    new BilingualName("IT-Forum Rhein-Neckar (Demo)", "IT Forum Rhine-Neckar (demo)"),
                    new BilingualDescription(
                            "Regionales IT-Netzwerk der Metropolregion Rhein-Neckar mit Unternehmen aus "
                                    + "Ludwigshafen, Mannheim und Heidelberg.",
                            "Regional IT network of the Rhine-Neckar metropolitan region with companies from "
                                    + "Ludwigshafen, Mannheim and Heidelberg."),
                    "Rhein-Neckar",
                    List.of()),
            new NetworkCommand(
                    "metall-kl",
                    new BilingualName("Metall-Cluster Kaiserslautern", "Metal Cluster Kaiserslautern"),
                    new BilingualDescription(
                            "Hersteller und Zulieferbetriebe aus Fahrzeugbau, Maschinenbau und Metallbearbeitung in "
                                    + "Stadt und Landkreis Kaiserslautern: Aufträge sollen in der Region bleiben.",
                            "Manufacturers and suppliers in vehicle construction, mechanical engineering and "
                                    + "metalworking in the city and district of Kaiserslautern, keeping orders in the "
                                    + "region."),
                    "Kaiserslautern",
                    List.of()),
            new NetworkCommand(
                    "lautern-impuls",
                    new BilingualName(
                            "Lautern Impuls – Das Netzwerk für Lautrer", "Lautern Impuls – the local network"),
                    new BilingualDescription(
                            "Das Stadtportal für kleine Betriebe, Vereine und soziale Einrichtungen aus Kaiserslautern: "
                                    + "für Verbraucher kostenfrei, Beiträge der Gewerbetreibenden gehen größtenteils an "
                                    + "Kindergärten und Schulen.",
                            "The city portal for small businesses, associations and social institutions of "
                                    + "Kaiserslautern: free for consumers, businesses' fees mostly go to kindergartens "
                                    + "and schools."),
                    "Kaiserslautern",
                    List.of()));

    static final List<FederationCommand> FEDERATIONS = List.of(
            new FederationCommand(
                    "it-buendnis-suedwest",
                    new BilingualName("IT-Bündnis Südwest", "IT Alliance Southwest"),
                    new BilingualDescription(
                            "Landesweites Bündnis regionaler IT-Netzwerke: jedes Netzwerk handelt regional und "
                                    + "eigenständig, gemeinsam zeigt der Kompetenzatlas die IT-Kompetenzen des Landes.",
                            "State-wide alliance of regional IT networks: each network acts regionally and "
                                    + "independently; together the competence atlas shows the state's IT competences."),
                    List.of("it-westpfalz", "it-rhein-neckar")),
            new FederationCommand(
                    "rlp",
                    new BilingualName("Kompetenzatlas Rheinland-Pfalz", "Competence Atlas Rhineland-Palatinate"),
                    new BilingualDescription(
                            "Die Netzwerke aus Rheinland-Pfalz teilen ihre Kompetenzprofile in einem gemeinsamen Atlas.",
                            "The networks of Rhineland-Palatinate share their competence profiles in one atlas."),
                    List.of("it-westpfalz", "metall-kl", "lautern-impuls")));
}
