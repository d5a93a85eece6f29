package org.clusteratlas.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.donation.AllocationMode;
import org.clusteratlas.donation.BeneficiaryCommand;
import org.clusteratlas.donation.BeneficiaryKind;
import org.clusteratlas.donation.Donations;
import org.clusteratlas.donation.PolicyCommand;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.NetworkRole;
import org.clusteratlas.identity.RunAs;
import org.clusteratlas.jobs.ApplicationChannel;
import org.clusteratlas.jobs.EmploymentType;
import org.clusteratlas.jobs.JobBoard;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.PostingCommand;
import org.clusteratlas.jobs.RemoteOption;
import org.clusteratlas.jobs.SalaryPeriod;
import org.clusteratlas.network.BilingualDescription;
import org.clusteratlas.network.BilingualName;
import org.clusteratlas.network.FederationCommand;
import org.clusteratlas.network.NetworkCommand;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.News;
import org.clusteratlas.news.PostCommand;
import org.clusteratlas.news.PostDetails;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.LocalizedText;
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
    private final News news;
    private final Donations donations;
    private final JobBoard jobs;

    DemoData(
            AtlasProperties properties,
            Accounts accounts,
            RunAs runAs,
            Networks networks,
            Organizations organizations,
            JsonMapper json,
            News news,
            Donations donations,
            JobBoard jobs) {
        this.properties = properties;
        this.accounts = accounts;
        this.runAs = runAs;
        this.networks = networks;
        this.organizations = organizations;
        this.json = json;
        this.news = news;
        this.donations = donations;
        this.jobs = jobs;
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
        seedNews();
        seedDonations();
        seedJobs();
        return created;
    }

    /**
     * The city portal of the seeds: "businesses pay a fee, most of which is donated to kindergartens and schools". The
     * members choose the beneficiaries by vote.
     */
    private void seedDonations() {
        donations.changePolicy(
                "lautern-impuls", new PolicyCommand(new BigDecimal("75"), AllocationMode.MEMBER_VOTE), null);
        donations.addBeneficiary(
                "lautern-impuls",
                new BeneficiaryCommand(
                        "Kita Sonnenblume (Demo)",
                        BeneficiaryKind.KINDERGARTEN,
                        "Beispielweg 3",
                        "67655",
                        "Kaiserslautern",
                        "Bücher, Spielgeräte und Ausflüge für die Kinder",
                        "Books, play equipment and outings for the children",
                        true));
        donations.addBeneficiary(
                "lautern-impuls",
                new BeneficiaryCommand(
                        "Grundschule am Stadtpark (Demo)",
                        BeneficiaryKind.SCHOOL,
                        "Parkstraße 10",
                        "67657",
                        "Kaiserslautern",
                        "Eine Computer-AG mit Laptops für die dritten und vierten Klassen",
                        "A computer club with laptops for the third and fourth grades",
                        true));
    }

    /** A few open positions of IT members around Kaiserslautern, so that the job board shows something. */
    private void seedJobs() {
        for (DemoJob job : JOBS) {
            organizations.list("it-westpfalz", job.organization(), 0, 1).stream()
                    .findFirst()
                    .ifPresent(organization -> jobs.create(new PostingCommand(
                            organization.id(),
                            job.kind(),
                            job.title(),
                            job.description(),
                            List.of(new PostingCommand.Location(job.postalCode(), "Kaiserslautern")),
                            job.remote(),
                            job.employmentType(),
                            job.hoursPerWeek() == null ? null : java.math.BigDecimal.valueOf(job.hoursPerWeek()),
                            job.salaryMin() == null ? null : java.math.BigDecimal.valueOf(job.salaryMin()),
                            job.salaryMax() == null ? null : java.math.BigDecimal.valueOf(job.salaryMax()),
                            job.salaryMin() == null ? null : "EUR",
                            job.salaryPeriod(),
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            ApplicationChannel.PLATFORM,
                            null,
                            null,
                            null,
                            true)));
        }
    }

    record DemoJob(
            String organization,
            JobKind kind,
            LocalizedText title,
            LocalizedText description,
            String postalCode,
            RemoteOption remote,
            EmploymentType employmentType,
            Integer hoursPerWeek,
            Integer salaryMin,
            Integer salaryMax,
            SalaryPeriod salaryPeriod) {}

    static final List<DemoJob> JOBS = List.of(
            new DemoJob(
                    "Pfalzbit",
                    JobKind.APPRENTICESHIP,
                    new LocalizedText(
                            "Ausbildung Fachinformatiker/in Anwendungsentwicklung (m/w/d)",
                            "Apprenticeship as IT specialist for application development (m/f/d)"),
                    new LocalizedText(
                            "Drei Jahre Ausbildung im Systemhaus: Du entwickelst mit uns Web- und Datenbankanwendungen "
                                    + "für Kunden aus der Westpfalz, lernst Java, SQL und Git und besuchst die BBS I "
                                    + "Technik in Kaiserslautern. Ausbildungsbeginn ist der 1. August.",
                            "Three years of training in our IT firm: you develop web and database applications for "
                                    + "customers in the Westpfalz region with us, learn Java, SQL and Git and attend "
                                    + "the vocational school in Kaiserslautern. Training starts on 1 August."),
                    "67657",
                    RemoteOption.NONE,
                    EmploymentType.FULL_TIME,
                    39,
                    1050,
                    1250,
                    SalaryPeriod.MONTH),
            new DemoJob(
                    "Nexwave",
                    JobKind.WORKING_STUDENT,
                    new LocalizedText(
                            "Werkstudent/in Datenanalyse (m/w/d)", "Working student in data analysis (m/f/d)"),
                    new LocalizedText(
                            "Neben dem Studium an der RPTU oder der Hochschule bereitest du Daten auf, baust "
                                    + "Dashboards und automatisierst Auswertungen mit Python. 15 bis 20 Stunden je "
                                    + "Woche, in der Vorlesungszeit flexibel.",
                            "Alongside your studies you prepare data, build dashboards and automate reports with "
                                    + "Python. 15 to 20 hours a week, flexible during the semester."),
                    "67663",
                    RemoteOption.HYBRID,
                    EmploymentType.PART_TIME,
                    20,
                    16,
                    18,
                    SalaryPeriod.HOUR),
            new DemoJob(
                    "Felsenland",
                    JobKind.JOB,
                    new LocalizedText("Cloud-Administrator/in Linux (m/w/d)", "Cloud administrator Linux (m/f/d)"),
                    new LocalizedText(
                            "Du betreibst unsere Rechenzentrumsplattform in Kaiserslautern: Linux-Server, "
                                    + "Kubernetes-Cluster, Backups und Monitoring. Rufbereitschaft im Wechsel, "
                                    + "zwei Tage pro Woche mobiles Arbeiten.",
                            "You run our data-centre platform in Kaiserslautern: Linux servers, Kubernetes "
                                    + "clusters, backups and monitoring. On-call duty in rotation, two days a week "
                                    + "from home."),
                    "67663",
                    RemoteOption.HYBRID,
                    EmploymentType.FULL_TIME,
                    40,
                    52000,
                    64000,
                    SalaryPeriod.YEAR),
            new DemoJob(
                    "Pixelwerk",
                    JobKind.INTERNSHIP,
                    new LocalizedText(
                            "Praktikum Webdesign und Barrierefreiheit (m/w/d)",
                            "Internship in web design and accessibility (m/f/d)"),
                    new LocalizedText(
                            "Drei bis sechs Monate in der Agentur: Du gestaltest Websites mit, prüfst sie auf "
                                    + "Barrierefreiheit nach WCAG und lernst, wie Kundenprojekte laufen.",
                            "Three to six months at the agency: you help design websites, check them for "
                                    + "accessibility under WCAG and learn how client projects run."),
                    "67655",
                    RemoteOption.NONE,
                    EmploymentType.INTERN,
                    40,
                    null,
                    null,
                    null));

    /** Published posts, oldest first, so that the news pages and the networks' latest news show something. */
    private void seedNews() {
        for (DemoPost post : POSTS) {
            PostDetails draft = news.create(post.network(), PostCommand.text(post.title(), post.teaser(), post.body()));
            news.publish(post.network(), draft.slug(), draft.version());
        }
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

    /** A demo post: plain text, paragraphs separated by blank lines. */
    record DemoPost(String network, LocalizedText title, LocalizedText teaser, LocalizedText body) {}

    static final List<DemoPost> POSTS = List.of(
            new DemoPost(
                    "it-westpfalz",
                    new LocalizedText("Geschäftsstelle im IT-Campus eröffnet", "Network office opens at the IT campus"),
                    new LocalizedText(
                            "Mehr als 80 Gäste aus Wirtschaft, Politik und Wissenschaft haben die Eröffnung der "
                                    + "Geschäftsstelle des IT-Netzwerks Westpfalz gefeiert.",
                            "More than 80 guests from business, politics and research celebrated the opening of the "
                                    + "IT Network Westpfalz's office."),
                    new LocalizedText(
                            "Nach nur vier Monaten Vorbereitung hat das IT-Netzwerk Westpfalz seine Geschäftsstelle im "
                                    + "IT-Campus eröffnet. Ein Vortrag zur Entwicklung des IT-Standorts Kaiserslautern "
                                    + "und eine Diskussion über die Perspektiven der Region eröffneten den Nachmittag; "
                                    + "danach blieb bei Musik und Imbiss viel Zeit, Kontakte zu knüpfen.\n\n"
                                    + "Die Geschäftsstelle ist die Schnittstelle zwischen Wirtschaft, Wissenschaft und "
                                    + "Politik in der Region: Sie kennt die Unternehmen, hilft schnell den richtigen "
                                    + "Ansprechpartner zu finden und bahnt Kooperationen und gemeinsame Projekte an.\n\n"
                                    + "Dem Netzwerk gehören derzeit rund 25 Unternehmen vorwiegend aus Medien und IT an. "
                                    + "Es steht allen interessierten Unternehmen und Organisationen der Region offen.",
                            "After only four months of preparation, the IT Network Westpfalz has opened its office at "
                                    + "the IT campus. A talk on the development of Kaiserslautern as an IT location and a "
                                    + "discussion of the region's prospects opened the afternoon; afterwards there was "
                                    + "plenty of time for music, snacks and making contacts.\n\n"
                                    + "The office connects business, research and politics in the region: it knows the "
                                    + "companies, helps to find the right contact person quickly and initiates "
                                    + "cooperations and joint projects.\n\n"
                                    + "About 25 companies, mostly from media and IT, currently belong to the network. It "
                                    + "is open to all interested companies and organizations of the region.")),
            new DemoPost(
                    "metall-kl",
                    new LocalizedText(
                            "Metall-Cluster sammelt Unternehmensprofile", "Metal cluster collects company profiles"),
                    new LocalizedText(
                            "Hersteller und Zulieferer aus der Region Kaiserslautern stellen ihre Kernkompetenzen in "
                                    + "einer gemeinsamen Unternehmensdatenbank vor.",
                            "Manufacturers and suppliers of the Kaiserslautern region present their core "
                                    + "competences in a shared company database."),
                    new LocalizedText(
                            "In Stadt und Landkreis Kaiserslautern gibt es rund 15 Herstellerfirmen und nahezu 100 "
                                    + "Zulieferbetriebe in Fahrzeugbau, Maschinenbau und Metallbearbeitung. Der "
                                    + "Metall-Cluster bittet sie alle um ein Unternehmensprofil: Kernkompetenzen, "
                                    + "Leistungen für Dritte und Arbeiten, für die ein Partner gesucht wird.\n\n"
                                    + "So lässt sich künftig in kürzester Zeit herausfinden, welcher Betrieb aus der "
                                    + "Region eine Leistung erbringen kann, und Aufträge gehen nicht mehr aus "
                                    + "Unwissenheit in andere Bundesländer.\n\n"
                                    + "Die nächste Sitzung der Herstellerfirmen ist für Mitte August geplant. Themen "
                                    + "sind eine gemeinsame Einkaufsplattform, etwa für Energie, und ein direkter Draht "
                                    + "zu den beiden Hochschulen der Stadt.",
                            "The city and district of Kaiserslautern are home to about 15 manufacturers and nearly 100 "
                                    + "suppliers in vehicle construction, mechanical engineering and metalworking. The "
                                    + "metal cluster asks all of them for a company profile: core competences, services "
                                    + "for others and work for which they seek a partner.\n\n"
                                    + "This makes it possible to find out in no time which company of the region can "
                                    + "provide a service, so that orders no longer leave the state for lack of "
                                    + "knowledge.\n\n"
                                    + "The manufacturers meet next in mid-August. On the agenda: a joint purchasing "
                                    + "platform, for energy among other things, and a direct line to the city's two "
                                    + "universities.")),
            new DemoPost(
                    "it-westpfalz",
                    new LocalizedText(
                            "IT-Netzwerke des Landes ziehen Zwischenbilanz", "The state's IT networks take stock"),
                    new LocalizedText(
                            "Ein Jahr nach ihrem ersten Treffen wollen die regionalen IT-Netzwerke ihre Stärken "
                                    + "bündeln: gemeinsam, aber jedes in seiner Region.",
                            "One year after their first meeting, the regional IT networks want to pool their "
                                    + "strengths: together, but each in its own region."),
                    new LocalizedText(
                            "Zum sechsten Treffen der regionalen IT-Netzwerke kamen die Netzwerkmanagerinnen und "
                                    + "-manager aus dem ganzen Land zusammen. Sie zogen eine positive Zwischenbilanz und "
                                    + "sammelten am Vormittag Ideen für die frisch unterzeichnete "
                                    + "Partnerschaftsvereinbarung.\n\n"
                                    + "Jedes Netzwerk bleibt eigenständig und handelt nach den Interessen seiner "
                                    + "Mitglieder, arbeitet aber in strategischen Fragen enger mit den anderen zusammen. "
                                    + "Gemeinsam bilden die Netzwerke ein landesweites IT-Bündnis.\n\n"
                                    + "Am Nachmittag ging es um das Gemeinschaftsprojekt Kompetenzatlas: Er soll die "
                                    + "IT-Kompetenzen der Unternehmen aus dem ganzen Land online zeigen, und die "
                                    + "Mitgliedsunternehmen des IT-Netzwerks Westpfalz sind von Anfang an dabei.",
                            "Network managers from all over the state came together for the sixth meeting of the "
                                    + "regional IT networks. They took positive stock and spent the morning collecting "
                                    + "ideas for the partnership agreement signed recently.\n\n"
                                    + "Every network stays independent and acts in its members' interests, but works "
                                    + "more closely with the others on strategic questions. Together the networks form "
                                    + "a state-wide IT alliance.\n\n"
                                    + "The afternoon was about the joint competence atlas project: it is to present the "
                                    + "IT competences of companies from all over the state online, and the member "
                                    + "companies of the IT Network Westpfalz are part of it from the start.")));
}
