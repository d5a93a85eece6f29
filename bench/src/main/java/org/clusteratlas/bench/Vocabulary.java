package org.clusteratlas.bench;

import java.util.List;

/**
 * The benchmark's own words: sectors with their competences, materials, products and customers in German and English,
 * the sentences profiles are written in, and the names of people and streets. Deliberately independent of the
 * application's taxonomy and demo data, so the benchmark does not measure a search tuned to its own test texts; the
 * words are what companies in German business networks actually write, so the application's analysis (stemming,
 * compounds, typos, concepts) is exercised as in production.
 */
final class Vocabulary {

    /** A word or phrase in both languages. */
    record Term(String de, String en) {}

    /** A machine as profiles list it, in German: what it is and what it can do. */
    record Machine(String kind, String details) {}

    /**
     * A sector of the regional economy.
     *
     * @param label the sector as associations name themselves ("Metall-Netzwerk")
     * @param industries NACE divisions of its companies
     * @param nameWords the trade in company names ("Präzisionstechnik" / "Precision Engineering")
     * @param skills competences, also what offers and needs are about
     * @param products what is made or delivered; German compounds on purpose ("Aluminiumgehäuse")
     * @param queryForms how people search for the sector's work in other forms than the texts use: inflected,
     *     plural, verb and compound forms ("Frästeilen", "gefräst", "Schweißarbeiten")
     * @param machines machinery a profile may list; empty for sectors without
     */
    record Sector(
            String key,
            Term label,
            int weight,
            List<String> industries,
            List<Term> nameWords,
            List<Term> skills,
            List<Term> materials,
            List<Term> products,
            List<Term> customers,
            List<String> queryForms,
            List<String> certifications,
            List<Machine> machines) {}

    static final List<Sector> SECTORS = List.of(
            new Sector(
                    "metal",
                    new Term("Metall", "Metal"),
                    24,
                    List.of("25", "24", "28"),
                    terms(
                            "Präzisionstechnik", "Precision Engineering",
                            "Metallbau", "Metal Works",
                            "Zerspanungstechnik", "Machining",
                            "Blechtechnik", "Sheet Metal",
                            "Frästechnik", "Milling Technology",
                            "Lasertechnik", "Laser Technology",
                            "Oberflächentechnik", "Surface Technology",
                            "Schweißtechnik", "Welding Technology",
                            "Drehteile", "Turned Parts",
                            "Stahlbau", "Steel Construction"),
                    terms(
                            "CNC-Fräsen", "CNC milling",
                            "CNC-Drehen", "CNC turning",
                            "5-Achs-Fräsen", "5-axis milling",
                            "Laserschneiden", "laser cutting",
                            "Wasserstrahlschneiden", "waterjet cutting",
                            "Abkanten", "press brake bending",
                            "WIG-Schweißen", "TIG welding",
                            "MAG-Schweißen", "MAG welding",
                            "Pulverbeschichtung", "powder coating",
                            "Galvanik", "electroplating",
                            "Eloxieren", "anodising",
                            "Blechbearbeitung", "sheet metal working",
                            "Rundschleifen", "cylindrical grinding",
                            "Wärmebehandlung", "heat treatment",
                            "Baugruppenmontage", "assembly of modules",
                            "Aluminiumdruckguss", "aluminium die casting",
                            "Werkzeugbau", "toolmaking",
                            "Stahlbau", "structural steelwork"),
                    terms(
                            "Aluminium", "aluminium",
                            "Edelstahl", "stainless steel",
                            "Baustahl", "mild steel",
                            "Messing", "brass",
                            "Kupfer", "copper",
                            "Titan", "titanium",
                            "Grauguss", "cast iron"),
                    terms(
                            "Aluminiumgehäuse", "aluminium housings",
                            "Frästeile", "milled parts",
                            "Drehteile", "turned parts",
                            "Blechteile", "sheet metal parts",
                            "Schweißbaugruppen", "welded assemblies",
                            "Maschinengestelle", "machine frames",
                            "Edelstahlbehälter", "stainless steel tanks",
                            "Flansche und Wellen", "flanges and shafts",
                            "Ersatzteile", "spare parts",
                            "Stahlkonstruktionen", "steel structures"),
                    terms(
                            "Maschinenbau", "mechanical engineering",
                            "Automobilzulieferer", "automotive suppliers",
                            "Medizintechnik", "medical technology",
                            "Landtechnik", "agricultural machinery",
                            "Luftfahrt", "aerospace",
                            "Nutzfahrzeugbau", "commercial vehicles",
                            "Lebensmitteltechnik", "food processing equipment"),
                    List.of(
                            "Fräsen", "gefräst", "Frästeilen", "Fräsarbeiten", "Drehen", "Drehteilen", "gedreht",
                            "Lasern", "lasergeschnitten", "Laserzuschnitt", "Schweißen", "Schweißarbeiten",
                            "geschweißt", "Schweißbaugruppe", "Beschichtungen", "pulverbeschichtet", "beschichten",
                            "Blechteilen", "Blechverarbeitung", "Kantteile", "Edelstahlbearbeitung", "Zerspanung",
                            "Lohnfertigung", "Kleinserien", "Prototypenbau", "Schleifarbeiten", "Härterei",
                            "Gussteile", "Metallverarbeitung"),
                    List.of("ISO 9001", "IATF 16949", "ISO 14001", "DIN EN 1090", "ISO 3834", "EN 9100"),
                    machines(
                            "5-Achs-Bearbeitungszentrum", "Verfahrwege 800 × 600 × 500 mm",
                            "CNC-Drehmaschine", "Drehdurchmesser bis 400 mm, angetriebene Werkzeuge",
                            "Faserlaser", "6 kW, Blechformat 3.000 × 1.500 mm",
                            "Abkantpresse", "170 t Presskraft, 3.100 mm Kantlänge",
                            "Koordinatenmessmaschine", "Messbereich 1.200 × 1.000 × 800 mm",
                            "Pulverbeschichtungsanlage", "Teile bis 6 m Länge")),
            new Sector(
                    "plastics",
                    new Term("Kunststoff", "Plastics"),
                    9,
                    List.of("22", "20"),
                    terms(
                            "Kunststofftechnik", "Plastics Technology",
                            "Kunststoffverarbeitung", "Plastics Processing",
                            "Spritzgusstechnik", "Injection Moulding",
                            "Formenbau", "Mould Making",
                            "Verbundwerkstoffe", "Composites"),
                    terms(
                            "Spritzguss", "injection moulding",
                            "Extrusion", "extrusion",
                            "Thermoformen", "thermoforming",
                            "Kunststoffschweißen", "plastic welding",
                            "3D-Druck", "3D printing",
                            "Werkzeugkonstruktion", "mould design",
                            "Faserverbundtechnik", "fibre composite technology",
                            "Tampondruck", "pad printing",
                            "Kunststoffzerspanung", "plastics machining",
                            "Blasformen", "blow moulding"),
                    terms(
                            "Polyamid", "polyamide",
                            "Polypropylen", "polypropylene",
                            "PEEK", "PEEK",
                            "ABS", "ABS",
                            "Polycarbonat", "polycarbonate",
                            "glasfaserverstärktem Kunststoff", "glass-fibre reinforced plastic",
                            "Rezyklat", "recycled plastic"),
                    terms(
                            "Kunststoffgehäuse", "plastic housings",
                            "Spritzgussteile", "injection moulded parts",
                            "Kunststoffprofile", "plastic profiles",
                            "Verpackungen", "packaging",
                            "Tiefziehteile", "thermoformed parts",
                            "Prototypen", "prototypes",
                            "Spritzgießwerkzeuge", "injection moulds"),
                    terms(
                            "Automobilindustrie", "automotive industry",
                            "Medizintechnik", "medical technology",
                            "Elektroindustrie", "electrical industry",
                            "Haushaltsgeräte", "household appliances",
                            "Verpackungsindustrie", "packaging industry"),
                    List.of(
                            "Kunststoffteile", "Kunststoffteilen", "Spritzgussteilen", "spritzgegossen", "Spritzgießen",
                            "Kunststoffspritzguss", "extrudiert", "Extrusionsprofile", "tiefgezogen", "Tiefziehen",
                            "3D-gedruckt", "Formen", "Kunststoffen", "Faserverbund"),
                    List.of("ISO 9001", "ISO 13485", "ISO 14001", "ISO 50001"),
                    machines(
                            "Spritzgießmaschine", "Schließkraft 50 bis 350 t",
                            "Extrusionslinie", "Profile bis 250 mm Breite",
                            "SLS-3D-Drucker", "Bauraum 340 × 340 × 600 mm")),
            new Sector(
                    "electronics",
                    new Term("Elektronik", "Electronics"),
                    9,
                    List.of("26", "27"),
                    terms(
                            "Elektronik", "Electronics",
                            "Elektrotechnik", "Electrical Engineering",
                            "Systemelektronik", "System Electronics",
                            "Kabeltechnik", "Cable Technology",
                            "Steuerungstechnik", "Control Systems"),
                    terms(
                            "Leiterplattenbestückung", "PCB assembly",
                            "SMD-Bestückung", "SMT assembly",
                            "Kabelkonfektion", "cable assembly",
                            "Elektronikentwicklung", "electronics design",
                            "Embedded-Systeme", "embedded systems",
                            "Schaltschrankbau", "control cabinet building",
                            "EMV-Prüfung", "EMC testing",
                            "Sensorik", "sensor technology",
                            "Firmware-Entwicklung", "firmware development",
                            "Prüfmittelbau", "test equipment construction"),
                    terms(
                            "Kupferlitze", "stranded copper",
                            "FR4", "FR4",
                            "Aluminiumkern-Platinen", "aluminium-core boards",
                            "Flexleiterplatten", "flexible circuit boards"),
                    terms(
                            "Leiterplatten", "printed circuit boards",
                            "Kabelbäume", "cable harnesses",
                            "Schaltschränke", "control cabinets",
                            "Steuerungen", "controllers",
                            "Sensormodule", "sensor modules",
                            "Prüfadapter", "test adapters"),
                    terms(
                            "Automatisierungstechnik", "automation",
                            "Medizintechnik", "medical technology",
                            "Bahntechnik", "railway engineering",
                            "Energietechnik", "power engineering",
                            "Gebäudetechnik", "building services"),
                    List.of(
                            "Platinen", "Leiterplatte", "bestückt", "Bestückung", "Kabelbaum", "Kabelsätze",
                            "Schaltschrank", "Elektronikfertigung", "Steuerung", "Sensoren", "elektronische Baugruppen",
                            "EMV"),
                    List.of("ISO 9001", "IPC-A-610", "ISO 13485", "IATF 16949"),
                    machines(
                            "SMD-Bestückungsautomat", "bis 40.000 Bauteile pro Stunde",
                            "Reflow-Lötanlage", "Stickstoffatmosphäre, 10 Heizzonen",
                            "AOI-Prüfsystem", "3D-Inspektion nach dem Löten")),
            new Sector(
                    "it",
                    new Term("IT", "IT"),
                    16,
                    List.of("62", "63"),
                    terms(
                            "Softwarehaus", "Software",
                            "IT-Systemhaus", "IT Solutions",
                            "Digitalagentur", "Digital Agency",
                            "Datentechnik", "Data Systems",
                            "Informatik", "Informatics",
                            "Cloud Services", "Cloud Services"),
                    terms(
                            "Softwareentwicklung", "software development",
                            "Cloud-Migration", "cloud migration",
                            "IT-Sicherheit", "IT security",
                            "Webentwicklung", "web development",
                            "App-Entwicklung", "mobile app development",
                            "Datenanalyse", "data analytics",
                            "Künstliche Intelligenz", "artificial intelligence",
                            "ERP-Einführung", "ERP implementation",
                            "IT-Administration", "IT administration",
                            "Netzwerktechnik", "network engineering",
                            "Onlineshops", "e-commerce",
                            "Individualsoftware", "custom software",
                            "Datenbanken", "databases",
                            "UX-Design", "UX design"),
                    terms(
                            "Java", "Java",
                            "Python", "Python",
                            "Kubernetes", "Kubernetes",
                            "SAP", "SAP",
                            "Microsoft 365", "Microsoft 365",
                            "PostgreSQL", "PostgreSQL"),
                    terms(
                            "Webanwendungen", "web applications",
                            "Kundenportale", "customer portals",
                            "Schnittstellen", "interfaces",
                            "Dashboards", "dashboards",
                            "Lieferantenportale", "supplier portals",
                            "Apps", "apps",
                            "Rechenzentrumsdienste", "data centre services"),
                    terms(
                            "Mittelstand", "small and medium-sized businesses",
                            "Fertigungsindustrie", "manufacturing",
                            "Handel", "retail",
                            "öffentliche Verwaltung", "public administration",
                            "Gesundheitswesen", "healthcare",
                            "Logistik", "logistics"),
                    List.of(
                            "Software", "Softwareentwickler", "Programmierung", "programmieren", "Cloud",
                            "Cybersecurity", "Datensicherheit", "Webseiten", "Homepage", "Digitalisierung",
                            "Datenbank", "Schnittstelle", "KI", "Apps", "Hosting", "Netzwerke"),
                    List.of("ISO 27001", "ISO 9001", "TISAX"),
                    List.of()),
            new Sector(
                    "logistics",
                    new Term("Logistik", "Logistics"),
                    8,
                    List.of("49", "52", "53"),
                    terms(
                            "Logistik", "Logistics",
                            "Spedition", "Freight Forwarding",
                            "Transporte", "Transport",
                            "Lagerlogistik", "Warehousing"),
                    terms(
                            "Kontraktlogistik", "contract logistics",
                            "Lagerlogistik", "warehousing",
                            "Gefahrguttransport", "dangerous goods transport",
                            "Kühltransporte", "refrigerated transport",
                            "Expressversand", "express delivery",
                            "Verpackungsdienstleistung", "packaging services",
                            "Zollabwicklung", "customs clearance",
                            "Schwerlasttransport", "heavy haulage",
                            "Kommissionierung", "order picking",
                            "Seefracht", "sea freight"),
                    terms(
                            "Paletten", "pallets",
                            "Gitterboxen", "mesh boxes",
                            "Container", "containers",
                            "Stückgut", "general cargo"),
                    terms(
                            "Lagerflächen", "storage space",
                            "Teilladungen", "part loads",
                            "Komplettladungen", "full truck loads",
                            "Sendungen", "consignments",
                            "Transportverpackungen", "transport packaging"),
                    terms(
                            "Industrie", "industry",
                            "Handel", "retail",
                            "Lebensmittelindustrie", "food industry",
                            "Chemie", "chemicals",
                            "Onlinehandel", "online retail"),
                    List.of(
                            "Lager", "Lagerung", "Lagerhaltung", "Transport", "Transporte", "Spedition", "Versand",
                            "verpacken", "Verpackung", "Kühlkette", "Gefahrgut", "Fulfillment", "Logistiker",
                            "Frachten"),
                    List.of("ISO 9001", "SQAS", "IFS Logistics", "AEO"),
                    List.of()),
            new Sector(
                    "services",
                    new Term("Dienstleistung", "Services"),
                    11,
                    List.of("71", "70", "74", "78"),
                    terms(
                            "Ingenieurbüro", "Engineering",
                            "Consulting", "Consulting",
                            "Technische Dienste", "Technical Services",
                            "Prüftechnik", "Testing",
                            "Beratung", "Advisory"),
                    terms(
                            "Ingenieurdienstleistungen", "engineering services",
                            "CAD-Konstruktion", "CAD design",
                            "Werkstoffprüfung", "materials testing",
                            "Unternehmensberatung", "management consulting",
                            "Personaldienstleistung", "staffing services",
                            "Technische Dokumentation", "technical documentation",
                            "Fachübersetzungen", "technical translation",
                            "Messebau", "exhibition stand construction",
                            "Arbeitssicherheit", "occupational safety",
                            "Fördermittelberatung", "funding advice",
                            "Qualitätsmanagement", "quality management",
                            "Energieberatung", "energy consulting"),
                    terms(
                            "Normen", "standards",
                            "Prüfberichte", "test reports",
                            "Zeichnungen", "drawings"),
                    terms(
                            "Betriebsanleitungen", "operating manuals",
                            "Gutachten", "expert reports",
                            "Konstruktionszeichnungen", "design drawings",
                            "Förderanträge", "funding applications",
                            "Gefährdungsbeurteilungen", "risk assessments",
                            "Schulungen", "training courses"),
                    terms(
                            "Mittelstand", "small and medium-sized businesses",
                            "Maschinenbau", "mechanical engineering",
                            "Bauwirtschaft", "construction",
                            "Kommunen", "municipalities",
                            "Start-ups", "start-ups"),
                    List.of(
                            "Berater", "Beratung", "Konstrukteur", "Konstruktion", "Gutachter", "Prüfungen",
                            "Dokumentation", "Übersetzung", "Zertifizierung", "Fördermittel", "Schulung",
                            "Zeitarbeit", "Ingenieure"),
                    List.of("ISO 9001", "DIN EN ISO/IEC 17025", "ISO 17100"),
                    List.of()),
            new Sector(
                    "crafts",
                    new Term("Handwerk", "Crafts"),
                    12,
                    List.of("43", "81", "31", "33"),
                    terms(
                            "Elektro", "Electrical",
                            "Haustechnik", "Building Services",
                            "Schreinerei", "Joinery",
                            "Malerbetrieb", "Painters",
                            "Dachtechnik", "Roofing",
                            "Gebäudeservice", "Facility Services"),
                    terms(
                            "Elektroinstallation", "electrical installation",
                            "Sanitärinstallation", "plumbing",
                            "Heizungsbau", "heating installation",
                            "Möbelbau", "furniture making",
                            "Innenausbau", "interior fit-out",
                            "Dacharbeiten", "roofing",
                            "Malerarbeiten", "painting and decorating",
                            "Fliesenarbeiten", "tiling",
                            "Photovoltaikmontage", "solar panel installation",
                            "Gebäudereinigung", "building cleaning",
                            "Garten- und Landschaftsbau", "landscaping",
                            "Klimatechnik", "air conditioning"),
                    terms(
                            "Holz", "wood",
                            "Massivholz", "solid wood",
                            "Naturstein", "natural stone",
                            "Glas", "glass"),
                    terms(
                            "Einbaumöbel", "fitted furniture",
                            "Photovoltaikanlagen", "solar power systems",
                            "Wärmepumpen", "heat pumps",
                            "Büroräume", "office space",
                            "Produktionshallen", "production halls",
                            "Ladenbau", "shop fittings"),
                    terms(
                            "Gewerbe", "commercial customers",
                            "Industrie", "industry",
                            "Wohnungswirtschaft", "housing companies",
                            "öffentliche Auftraggeber", "public clients"),
                    List.of(
                            "Elektriker", "Installateur", "Sanitär", "Heizung", "Schreiner", "Tischler", "Maler",
                            "Dachdecker", "Fliesenleger", "Solaranlage", "PV-Anlagen", "Reinigung", "Gärtner",
                            "Handwerker", "Klimaanlagen"),
                    List.of("Meisterbetrieb", "ISO 9001", "SCC"),
                    List.of()),
            new Sector(
                    "automation",
                    new Term("Automation", "Automation"),
                    9,
                    List.of("28", "33"),
                    terms(
                            "Automation", "Automation",
                            "Sondermaschinenbau", "Special Machinery",
                            "Anlagenbau", "Plant Engineering",
                            "Robotertechnik", "Robotics",
                            "Fördertechnik", "Conveyor Systems"),
                    terms(
                            "Sondermaschinenbau", "special-purpose machinery",
                            "Robotik", "robotics",
                            "Automatisierungstechnik", "automation engineering",
                            "SPS-Programmierung", "PLC programming",
                            "Bildverarbeitung", "machine vision",
                            "Hydraulik", "hydraulics",
                            "Pneumatik", "pneumatics",
                            "Instandhaltung", "maintenance",
                            "Retrofit", "retrofitting",
                            "Fördertechnik", "conveyor technology",
                            "Inbetriebnahme", "commissioning"),
                    terms(
                            "Stahl", "steel",
                            "Aluminiumprofilen", "aluminium profiles"),
                    terms(
                            "Montageanlagen", "assembly lines",
                            "Prüfstände", "test benches",
                            "Roboterzellen", "robot cells",
                            "Förderanlagen", "conveyor systems",
                            "Vorrichtungen", "fixtures",
                            "Verpackungsmaschinen", "packaging machines"),
                    terms(
                            "Automobilindustrie", "automotive industry",
                            "Pharmaindustrie", "pharmaceutical industry",
                            "Lebensmittelindustrie", "food industry",
                            "Elektronikfertigung", "electronics manufacturing"),
                    List.of(
                            "Automatisierung", "automatisiert", "Roboter", "Robotern", "SPS", "Steuerungen",
                            "Maschinenbau", "Anlagen", "Wartung", "Sondermaschinen", "Kamerasysteme", "Hydraulikzylinder"),
                    List.of("ISO 9001", "ISO 14001"),
                    machines(
                            "Industrieroboter", "6 Achsen, 20 kg Traglast",
                            "Montagehalle", "1.200 m², Kranbahn 10 t")),
            new Sector(
                    "food",
                    new Term("Ernährung", "Food"),
                    4,
                    List.of("10", "56"),
                    terms(
                            "Catering", "Catering",
                            "Feinkost", "Delicatessen",
                            "Lebensmittel", "Foods",
                            "Backwaren", "Bakery"),
                    terms(
                            "Catering", "catering",
                            "Betriebsverpflegung", "canteen services",
                            "Lebensmittelanalytik", "food analysis",
                            "Abfüllung", "bottling",
                            "Lohnherstellung", "contract manufacturing",
                            "Backwarenherstellung", "bakery production"),
                    terms(
                            "regionalen Zutaten", "regional ingredients",
                            "Bio-Rohstoffen", "organic raw materials"),
                    terms(
                            "Fertiggerichte", "ready meals",
                            "Getränke", "beverages",
                            "Backwaren", "baked goods",
                            "Firmenveranstaltungen", "corporate events"),
                    terms(
                            "Unternehmen", "companies",
                            "Kantinen", "canteens",
                            "Lebensmittelhandel", "food retail"),
                    List.of("Essen", "Kantine", "Verpflegung", "Lebensmittelproduktion", "abfüllen", "Bäckerei"),
                    List.of("IFS Food", "BRCGS", "Bio-zertifiziert"),
                    List.of()),
            new Sector(
                    "energy",
                    new Term("Energie", "Energy"),
                    5,
                    List.of("35", "38", "37"),
                    terms(
                            "Energietechnik", "Energy Systems",
                            "Umwelttechnik", "Environmental Technology",
                            "Recycling", "Recycling",
                            "Wasserstoff", "Hydrogen"),
                    terms(
                            "Wasserstofftechnik", "hydrogen technology",
                            "Recycling", "recycling",
                            "Abwasserbehandlung", "wastewater treatment",
                            "Windenergie-Service", "wind turbine service",
                            "Batterietechnik", "battery technology",
                            "Entsorgung", "waste disposal",
                            "Energiemanagement", "energy management"),
                    terms(
                            "Metallschrott", "scrap metal",
                            "Altkunststoffen", "plastic waste",
                            "Lithium-Ionen-Zellen", "lithium-ion cells"),
                    terms(
                            "Elektrolyseure", "electrolysers",
                            "Speichersysteme", "storage systems",
                            "Kläranlagen", "treatment plants",
                            "Windkraftanlagen", "wind turbines",
                            "Wertstoffe", "recyclables"),
                    terms(
                            "Industrie", "industry",
                            "Stadtwerke", "municipal utilities",
                            "Energieversorger", "energy suppliers",
                            "Kommunen", "municipalities"),
                    List.of(
                            "Energie", "Energieeffizienz", "Wasserstoffs", "Batterien", "Batteriespeicher", "recyceln",
                            "Abfall", "Entsorger", "Kreislaufwirtschaft", "Windkraft"),
                    List.of("ISO 50001", "ISO 14001", "Entsorgungsfachbetrieb"),
                    List.of()));

    /** Cities with universities and research institutes; those are placed there. */
    static final List<String> UNIVERSITY_CITIES = List.of(
            "Aachen", "Berlin", "Bochum", "Braunschweig", "Bremen", "Darmstadt", "Dortmund", "Dresden", "Erlangen",
            "Frankfurt am Main", "Freiburg im Breisgau", "Hamburg", "Hannover", "Jena", "Kaiserslautern", "Karlsruhe",
            "Kiel", "Köln", "Leipzig", "Magdeburg", "Mainz", "Mannheim", "München", "Nürnberg", "Paderborn",
            "Regensburg", "Rostock", "Saarbrücken", "Stuttgart", "Trier", "Ulm", "Würzburg");

    /** What universities and research institutes work on; their competences come from here. */
    static final List<Term> RESEARCH_FIELDS = terms(
            "Werkstoffwissenschaft", "materials science",
            "Leichtbau", "lightweight design",
            "Additive Fertigung", "additive manufacturing",
            "Produktionstechnik", "production engineering",
            "Künstliche Intelligenz", "artificial intelligence",
            "Robotik", "robotics",
            "Mikroelektronik", "microelectronics",
            "Wasserstofftechnik", "hydrogen technology",
            "Logistikforschung", "logistics research",
            "Batterieforschung", "battery research",
            "Oberflächentechnik", "surface engineering",
            "Data Science", "data science",
            "Kreislaufwirtschaft", "circular economy",
            "Medizintechnik", "medical technology");

    /** Competences of associations (business networks, chambers, clubs). */
    static final List<Term> ASSOCIATION_SKILLS = terms(
            "Netzwerkarbeit", "networking",
            "Weiterbildung", "further training",
            "Fachkräftesicherung", "skilled labour recruitment",
            "Veranstaltungen", "events",
            "Technologietransfer", "technology transfer",
            "Interessenvertretung", "advocacy",
            "Existenzgründung", "business start-up support");

    /** Competences of social institutions (sheltered workshops and the like, which do contract work). */
    static final List<Term> SOCIAL_SKILLS = terms(
            "Montagearbeiten", "assembly work",
            "Verpackung und Versand", "packing and shipping",
            "Konfektionierung", "order assembly",
            "Aktenvernichtung", "document shredding",
            "Garten- und Landschaftspflege", "grounds maintenance",
            "Wäscherei", "laundry services",
            "Digitalisierung von Akten", "document scanning");

    static final List<String> LEGAL_FORMS = List.of(
            "GmbH", "GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "GmbH & Co. KG", "AG", "e.K.", "KG", "OHG", "UG");

    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Sabine", "Julia", "Katrin", "Laura", "Maria", "Monika", "Sandra", "Stefanie", "Petra", "Claudia",
            "Nicole", "Lena", "Sophie", "Elif", "Ayşe", "Olga", "Agnieszka", "Thomas", "Michael", "Andreas", "Stefan",
            "Markus", "Christian", "Tobias", "Jan", "Matthias", "Alexander", "Daniel", "Jürgen", "Klaus", "Frank",
            "Uwe", "Sebastian", "Florian", "Mehmet", "Dariusz", "Ivan", "Lukas", "Jonas", "Felix", "Björn");

    static final List<String> LAST_NAMES = List.of(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
            "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
            "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
            "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
            "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
            "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
            "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas",
            "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch",
            "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Yılmaz", "Kaya", "Nowak",
            "Kowalski", "Kettering", "Reinhardt", "Lindner", "Gerlach", "Ebert", "Kessler", "Ott", "Brenner");

    static final List<String> STREETS = List.of(
            "Hauptstraße", "Industriestraße", "Gewerbestraße", "Am Technologiepark", "Bahnhofstraße", "Schillerstraße",
            "Goethestraße", "Im Gewerbegebiet", "Daimlerstraße", "Robert-Bosch-Straße", "Carl-Benz-Straße",
            "Siemensstraße", "Raiffeisenstraße", "Lindenstraße", "Am Hafen", "Werkstraße", "Ziegeleistraße",
            "Mühlweg", "Gartenstraße", "Kirchstraße", "Europaallee", "Zur Weißen Mühle", "An der Autobahn",
            "Max-Planck-Straße", "Otto-Hahn-Straße", "Einsteinstraße", "Fraunhoferstraße", "Hochschulring");

    /** Roles as German signatures write them today: the function, not a gendered title. */
    static final List<Term> ROLES = terms(
            "Geschäftsführung", "Managing Director",
            "Vertrieb", "Sales",
            "Leitung Vertrieb", "Head of Sales",
            "Leitung Einkauf", "Head of Purchasing",
            "Technische Leitung", "Technical Director",
            "Projektleitung", "Project Manager",
            "Key Account Management", "Key Account Manager",
            "Ausbildungsleitung", "Head of Apprenticeships",
            "Produktionsleitung", "Production Manager",
            "Kooperationen und Transfer", "Partnerships");

    static final List<Term> CONTACT_TOPICS = terms(
            "Kooperationen", "cooperation",
            "Einkauf", "purchasing",
            "Angebote", "quotations",
            "Ausbildung", "apprenticeships",
            "Forschungsprojekte", "research projects",
            "Fördermittel", "funding",
            "Personal", "human resources");

    /**
     * Sentences of company descriptions. Placeholders: {name}, {city}, {year}, {employees}, {skill1} to {skill3},
     * {material}, {product}, {product2}, {customer}, {customer2}, {cert}, {trade}.
     */
    static final List<String> COMPANY_SENTENCES_DE = List.of(
            "{name} ist ein mittelständisches Unternehmen aus {city} mit {employees} Mitarbeitenden.",
            "Seit {year} fertigen wir {product} aus {material} für Kunden aus {customer} und {customer2}.",
            "Unsere Schwerpunkte sind {skill1}, {skill2} und {skill3}.",
            "Vom Prototyp bis zur Serie liefern wir {product} termingerecht und in gleichbleibender Qualität.",
            "Wir sind nach {cert} zertifiziert und arbeiten für Kunden in ganz Deutschland und im benachbarten Ausland.",
            "Als Familienunternehmen in {city} legen wir Wert auf kurze Wege und persönliche Ansprechpartner.",
            "Neben {skill1} bieten wir auch {skill2} als Dienstleistung für andere Betriebe an.",
            "Ein eingespieltes Team aus Facharbeitern, Technikern und Ingenieuren betreut Ihr Projekt von der Anfrage"
                    + " bis zur Auslieferung.",
            "Für die Branche {customer} entwickeln wir gemeinsam mit unseren Kunden wirtschaftliche Lösungen.",
            "Wir bilden jedes Jahr junge Menschen aus und suchen im Netzwerk Partner für gemeinsame Projekte.",
            "Unser Maschinenpark wird laufend modernisiert; zuletzt haben wir in {skill3} investiert.",
            "Die Firma wurde {year} gegründet und ist heute ein gefragter Partner für {product2}.");

    static final List<String> COMPANY_SENTENCES_EN = List.of(
            "{name} is a medium-sized company based in {city} with {employees} employees.",
            "Since {year} we have been manufacturing {product} from {material} for customers in {customer} and"
                    + " {customer2}.",
            "Our main competences are {skill1}, {skill2} and {skill3}.",
            "From prototype to series production we deliver {product} on time and in consistent quality.",
            "We are certified to {cert} and work for customers throughout Germany and neighbouring countries.",
            "As a family business in {city} we value short distances and personal contacts.",
            "Besides {skill1} we offer {skill2} as a service to other companies.",
            "An experienced team of skilled workers, technicians and engineers looks after your project from enquiry"
                    + " to delivery.",
            "Together with our customers in {customer} we develop economical solutions.",
            "We train apprentices every year and look for partners in the network for joint projects.",
            "We keep modernising our equipment and recently invested in {skill3}.",
            "Founded in {year}, the company is now a sought-after partner for {product2}.");

    static final List<String> RESEARCH_SENTENCES_DE = List.of(
            "{name} forscht zu {skill1} und {skill2} und bringt die Ergebnisse in die regionale Wirtschaft.",
            "Mit rund {employees} Beschäftigten und modernen Laboren unterstützen wir Unternehmen bei Forschungs- und"
                    + " Entwicklungsprojekten.",
            "Studierende und Promovierende arbeiten in Transferprojekten eng mit Partnern aus {customer} zusammen.",
            "Wir bieten Auftragsforschung, Machbarkeitsstudien und Messungen im Bereich {skill3} an.",
            "Für gemeinsame Förderprojekte suchen wir Unternehmen, die neue Verfahren in der Praxis erproben wollen.",
            "Unsere Labore verfügen über Prüfstände für {product}.");

    static final List<String> RESEARCH_SENTENCES_EN = List.of(
            "{name} does research on {skill1} and {skill2} and brings the results to the regional economy.",
            "With around {employees} staff and modern laboratories we support companies in research and development"
                    + " projects.",
            "Students and doctoral researchers work closely with partners in {customer} on transfer projects.",
            "We offer contract research, feasibility studies and measurements in {skill3}.",
            "For joint funded projects we are looking for companies that want to try new processes in practice.",
            "Our laboratories have test benches for {product}.");

    static final List<String> ASSOCIATION_SENTENCES_DE = List.of(
            "{name} vernetzt Unternehmen, Hochschulen und Einrichtungen rund um {city}.",
            "Unsere Mitglieder kommen aus {customer}, {customer2} und dem Handwerk.",
            "Wir organisieren Veranstaltungen, Arbeitskreise und Weiterbildungen zu {skill1} und {skill2}.",
            "Als Ansprechpartner für die Region vertreten wir die Interessen unserer Mitglieder gegenüber Politik und"
                    + " Verwaltung.",
            "Neue Mitglieder und Partner sind jederzeit willkommen.");

    static final List<String> ASSOCIATION_SENTENCES_EN = List.of(
            "{name} connects companies, universities and institutions around {city}.",
            "Our members come from {customer}, {customer2} and the crafts.",
            "We organise events, working groups and training on {skill1} and {skill2}.",
            "As the region's point of contact we represent our members towards politics and administration.",
            "New members and partners are always welcome.");

    static final List<String> SOCIAL_SENTENCES_DE = List.of(
            "{name} bietet Menschen mit Behinderung in {city} Arbeit und berufliche Bildung.",
            "Für Unternehmen übernehmen wir {skill1}, {skill2} und {skill3} – zuverlässig und zu fairen Preisen.",
            "Rund {employees} Beschäftigte arbeiten in unseren Werkstätten, begleitet von Fachkräften.",
            "Aufträge von Firmen aus {customer} sichern sinnvolle Arbeitsplätze in der Region.");

    static final List<String> SOCIAL_SENTENCES_EN = List.of(
            "{name} offers work and vocational training to people with disabilities in {city}.",
            "For companies we take on {skill1}, {skill2} and {skill3} – reliably and at fair prices.",
            "Around {employees} people work in our workshops, supported by specialists.",
            "Orders from companies in {customer} secure meaningful jobs in the region.");

    /** Offer titles; {skill}, {product}, {material}, {customer}. */
    static final List<String> OFFER_TITLES_DE = List.of(
            "{skill} für {customer}",
            "{skill} von {product}",
            "Lohnfertigung: {skill}",
            "{skill} in Kleinserie und Serie",
            "{product} aus {material}",
            "{skill} mit kurzen Lieferzeiten");

    static final List<String> OFFER_TITLES_EN = List.of(
            "{skill} for {customer}",
            "{skill} of {product}",
            "Contract manufacturing: {skill}",
            "{skill} for small batches and series",
            "{product} made of {material}",
            "{skill} with short lead times");

    static final List<String> OFFER_TEXTS_DE = List.of(
            "Wir übernehmen {skill} für {product} – vom Einzelteil bis zur Serie, auf Wunsch mit Prüfprotokoll.",
            "Freie Kapazitäten für {skill}; Anfragen mit Zeichnung beantworten wir innerhalb von zwei Tagen.",
            "Erfahrung aus zahlreichen Projekten für {customer}, Abholung und Lieferung in der Region inklusive.",
            "Beratung, Umsetzung und Betreuung aus einer Hand, auch kurzfristig.");

    static final List<String> OFFER_TEXTS_EN = List.of(
            "We take on {skill} for {product} – from single parts to series, with an inspection report on request.",
            "Free capacity for {skill}; we answer enquiries with drawings within two days.",
            "Experience from many projects in {customer}, pick-up and delivery in the region included.",
            "Advice, implementation and support from a single source, also at short notice.");

    /** Offers of universities and research institutes; {skill}, {customer}. */
    static final List<String> RESEARCH_OFFER_TITLES_DE = List.of(
            "Auftragsforschung: {skill}",
            "Machbarkeitsstudien zu {skill}",
            "Transferprojekte {skill}",
            "Messungen und Prüfungen im Bereich {skill}");

    static final List<String> RESEARCH_OFFER_TITLES_EN = List.of(
            "Contract research: {skill}",
            "Feasibility studies on {skill}",
            "Transfer projects in {skill}",
            "Measurements and tests in {skill}");

    static final List<String> RESEARCH_OFFER_TEXTS_DE = List.of(
            "Wir untersuchen Fragestellungen zu {skill} für Unternehmen aus {customer}, auch als gefördertes Projekt.",
            "Studierende und wissenschaftliche Mitarbeitende unterstützen bei Versuchen, Simulationen und Auswertungen.",
            "Die Labore stehen Partnern nach Absprache zur Verfügung.",
            "Erste Beratungsgespräche sind kostenfrei.");

    static final List<String> RESEARCH_OFFER_TEXTS_EN = List.of(
            "We investigate questions of {skill} for companies in {customer}, also as a funded project.",
            "Students and researchers support experiments, simulations and evaluations.",
            "Partners may use the laboratories by arrangement.",
            "A first consultation is free of charge.");

    /** Offers of associations and social institutions; {skill}. */
    static final List<String> SERVICE_OFFER_TITLES_DE = List.of(
            "{skill} für Unternehmen", "{skill} in der Region", "Angebot: {skill}");

    static final List<String> SERVICE_OFFER_TITLES_EN = List.of(
            "{skill} for companies", "{skill} in the region", "Offer: {skill}");

    static final List<String> SERVICE_OFFER_TEXTS_DE = List.of(
            "Wir übernehmen {skill} für Betriebe aus der Region – zuverlässig und termingerecht.",
            "Sprechen Sie uns an, gemeinsam finden wir eine passende Lösung.",
            "Auch kleine Mengen und kurzfristige Aufträge sind möglich.",
            "Ansprechpartner und Preise auf Anfrage.");

    static final List<String> SERVICE_OFFER_TEXTS_EN = List.of(
            "We take on {skill} for businesses in the region – reliably and on time.",
            "Get in touch and we will find a suitable solution together.",
            "Small quantities and short-notice orders are possible too.",
            "Contacts and prices on request.");

    /** Need titles; {skill}, {product}, {material}. */
    static final List<String> NEED_TITLES_DE = List.of(
            "Partner für {skill} gesucht",
            "Zulieferer für {skill} gesucht",
            "Suchen Kapazitäten für {skill}",
            "{skill} für {product} gesucht",
            "Dienstleister für {skill}");

    static final List<String> NEED_TITLES_EN = List.of(
            "Looking for a partner for {skill}",
            "Supplier for {skill} wanted",
            "Capacity for {skill} needed",
            "{skill} for {product} wanted",
            "Service provider for {skill}");

    static final List<String> NEED_TEXTS_DE = List.of(
            "Für ein laufendes Projekt suchen wir einen zuverlässigen Partner in der Region, der {skill} übernimmt.",
            "Es geht um rund {quantity} {product} pro Jahr; eine langfristige Zusammenarbeit ist erwünscht.",
            "Wir benötigen kurzfristig Unterstützung bei {skill}, gerne mit Erfahrung in {customer}.",
            "Angebote bitte mit Angabe von Lieferzeit und Zertifizierungen.");

    static final List<String> NEED_TEXTS_EN = List.of(
            "For an ongoing project we are looking for a reliable partner in the region to take on {skill}.",
            "It is about {quantity} {product} per year; we would like a long-term cooperation.",
            "We need support with {skill} at short notice, ideally with experience in {customer}.",
            "Please include lead time and certifications in your offer.");

    /** English queries that are not competence labels. */
    static final List<String> ENGLISH_QUERY_WORDS = List.of(
            "supplier", "machining", "welding", "coating", "software", "logistics", "prototypes", "automation",
            "electronics", "plastics", "recycling", "consulting", "warehouse", "sensors", "robots", "hydrogen");

    private static List<Term> terms(String... deAndEn) {
        Term[] terms = new Term[deAndEn.length / 2];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = new Term(deAndEn[2 * i], deAndEn[2 * i + 1]);
        }
        return List.of(terms);
    }

    private static List<Machine> machines(String... kindAndDetails) {
        Machine[] machines = new Machine[kindAndDetails.length / 2];
        for (int i = 0; i < machines.length; i++) {
            machines[i] = new Machine(kindAndDetails[2 * i], kindAndDetails[2 * i + 1]);
        }
        return List.of(machines);
    }

    private Vocabulary() {}
}
