package org.clusteratlas.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.clusteratlas.bench.Vocabulary.Machine;
import org.clusteratlas.bench.Vocabulary.Sector;
import org.clusteratlas.bench.Vocabulary.Term;

/**
 * Writes the benchmark's data set: N synthetic organizations as NDJSON in the application's import format (API
 * contract v1 plus some profile additions) and the query mix ({@link QuerySet}) that hits them. Fixed seed, so every
 * run and every system gets the same data; streaming, so a million organizations never sit in memory.
 *
 * <pre>
 * java -cp bench/target/classes:bench/target/lib/* org.clusteratlas.bench.Generate \
 *      --count 10000 --out DIR [--postal-codes src/main/resources/geo/de-postal-codes.csv]
 * </pre>
 *
 * <p>Writes {@code DIR/organizations.ndjson}, {@code DIR/queries.json} and {@code DIR/generated.json} (what was
 * generated, so that a later run with the same count reuses the files).
 */
public final class Generate {

    static final long SEED = 42;
    static final int NETWORKS = 11;
    static final int QUERIES_PER_KIND = 200;
    /** Bumped whenever the output changes, so that files of an older generator are not reused. */
    static final int VERSION = 1;

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    static final String ORGANIZATIONS_FILE = "organizations.ndjson";
    static final String QUERIES_FILE = "queries.json";
    static final String META_FILE = "generated.json";

    /** What a generation produced. */
    record Meta(int version, long seed, int count, long bytes, double seconds) {}

    private final PostalCodes postalCodes;
    private final SplittableRandom random;
    private final SplittableRandom queryRandom;
    private final int[] sectorCumulative;

    private Generate(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
        SplittableRandom master = new SplittableRandom(SEED);
        // Separate streams: the data does not change when the query mix does, and vice versa.
        this.random = master.split();
        this.queryRandom = master.split();
        this.sectorCumulative = new int[Vocabulary.SECTORS.size()];
        int sum = 0;
        for (int i = 0; i < sectorCumulative.length; i++) {
            sum += Vocabulary.SECTORS.get(i).weight();
            sectorCumulative[i] = sum;
        }
    }

    public static void main(String[] args) throws IOException {
        int count = 0;
        Path out = null;
        Path csv = Path.of("src/main/resources/geo/de-postal-codes.csv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--postal-codes" -> csv = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (count <= 0 || out == null) {
            System.err.println("usage: Generate --count N --out DIR [--postal-codes CSV]");
            System.exit(2);
        }
        Meta meta = run(count, out, csv);
        System.out.printf(
                Locale.ROOT,
                "%d organizations, %.1f MB in %.1f s -> %s%n",
                meta.count(),
                meta.bytes() / 1e6,
                meta.seconds(),
                out.toAbsolutePath());
    }

    /** The generation in {@code dir}, reused when it was made by this generator for the same count. */
    static Meta ensure(int count, Path dir, Path postalCodesCsv) throws IOException {
        Path metaFile = dir.resolve(META_FILE);
        if (Files.exists(metaFile)
                && Files.exists(dir.resolve(ORGANIZATIONS_FILE))
                && Files.exists(dir.resolve(QUERIES_FILE))) {
            Meta meta = Json.MAPPER.readValue(metaFile.toFile(), Meta.class);
            if (meta.version() == VERSION && meta.seed() == SEED && meta.count() == count) {
                Log.info("reusing the generated data in %s", dir);
                return meta;
            }
        }
        return run(count, dir, postalCodesCsv);
    }

    static Meta run(int count, Path dir, Path postalCodesCsv) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(META_FILE)); // written last: a half-written generation is never reused
        Generate generator = new Generate(PostalCodes.read(postalCodesCsv));
        Path organizations = dir.resolve(ORGANIZATIONS_FILE);
        Path tmp = dir.resolve(ORGANIZATIONS_FILE + ".tmp");
        QueryTargets targets = new QueryTargets(count);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
                JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // NDJSON: one root value per line.
            json.setRootValueSeparator(new SerializedString("\n"));
            for (int i = 1; i <= count; i++) {
                generator.organization(i, json, targets);
                if (i % 100_000 == 0) {
                    Log.info("generated %,d of %,d organizations", i, count);
                }
            }
            json.writeRaw('\n');
        }
        Files.move(tmp, organizations, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        QuerySet queries = generator.queries(targets);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(QUERIES_FILE).toFile(), queries);
        Meta meta = new Meta(VERSION, SEED, count, Files.size(organizations), (System.nanoTime() - start) / 1e9);
        Json.MAPPER.writeValue(dir.resolve(META_FILE).toFile(), meta);
        return meta;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organizations

    private enum Language {
        DE,
        EN,
        BOTH
    }

    private void organization(int index, JsonGenerator json, QueryTargets targets) throws IOException {
        SplittableRandom r = random;
        String kind = kind(r);
        PostalCodes.Place place = kind.equals("UNIVERSITY") || kind.equals("RESEARCH_INSTITUTE")
                ? postalCodes.sampleIn(Vocabulary.UNIVERSITY_CITIES, r)
                : postalCodes.sample(r);
        double l = r.nextDouble();
        Language language = l < 0.7 ? Language.DE : l < 0.8 ? Language.EN : Language.BOTH;
        Sector sector = sector(r);
        List<Term> skills = skills(kind, sector, r);
        String name = name(kind, sector, place, language, r);
        boolean english = language == Language.EN;
        boolean isPublic = r.nextDouble() < 0.9;

        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("city", place.city());
        values.put("year", Integer.toString(1900 + r.nextInt(124)));
        int employees = employees(kind, r);
        values.put("employees", Integer.toString(employees));
        values.put("cert", pick(sector.certifications(), r));

        json.writeStartObject();
        json.writeStringField("externalId", externalId(index));
        json.writeArrayFieldStart("networks");
        // Regional networks by the postal code's first digit; IT and electronics also meet in a thematic network.
        json.writeString(network(place.postalCode().charAt(0) - '0' + 1));
        if ((sector.key().equals("it") || sector.key().equals("electronics")) && r.nextDouble() < 0.4) {
            json.writeString(network(NETWORKS));
        }
        json.writeEndArray();
        json.writeStringField("name", name);
        json.writeStringField("kind", kind);

        json.writeObjectFieldStart("description");
        if (language != Language.EN) {
            fillValues(values, sector, skills, false, r);
            json.writeStringField("de", description(kind, false, values, r));
        }
        if (language != Language.DE) {
            fillValues(values, sector, skills, true, r);
            json.writeStringField("en", description(kind, true, values, r));
        }
        json.writeEndObject();

        json.writeArrayFieldStart("competences");
        for (Term skill : skills) {
            json.writeString(english ? skill.en() : skill.de());
            if (language == Language.BOTH && r.nextDouble() < 0.3) {
                json.writeString(skill.en());
            }
        }
        json.writeEndArray();

        int offers = switch (kind) {
            case "COMPANY" -> 1 + r.nextInt(3);
            case "ASSOCIATION" -> r.nextInt(2);
            default -> 1 + r.nextInt(2);
        };
        json.writeArrayFieldStart("offers");
        for (int i = 0; i < offers; i++) {
            Term skill = skills.get(r.nextInt(skills.size()));
            switch (kind) {
                case "COMPANY" -> entry(json, Vocabulary.OFFER_TITLES_DE, Vocabulary.OFFER_TITLES_EN,
                        Vocabulary.OFFER_TEXTS_DE, Vocabulary.OFFER_TEXTS_EN, skill, sector, english, r);
                case "UNIVERSITY", "RESEARCH_INSTITUTE" -> entry(json, Vocabulary.RESEARCH_OFFER_TITLES_DE,
                        Vocabulary.RESEARCH_OFFER_TITLES_EN, Vocabulary.RESEARCH_OFFER_TEXTS_DE,
                        Vocabulary.RESEARCH_OFFER_TEXTS_EN, skill, sector, english, r);
                default -> entry(json, Vocabulary.SERVICE_OFFER_TITLES_DE, Vocabulary.SERVICE_OFFER_TITLES_EN,
                        Vocabulary.SERVICE_OFFER_TEXTS_DE, Vocabulary.SERVICE_OFFER_TEXTS_EN, skill, sector,
                        english, r);
            }
        }
        json.writeEndArray();

        double needShare = switch (kind) {
            case "COMPANY" -> 0.55;
            case "UNIVERSITY", "RESEARCH_INSTITUTE" -> 0.3;
            case "SOCIAL_INSTITUTION" -> 0.2;
            default -> 0.1;
        };
        int needs = r.nextDouble() < needShare ? 1 + r.nextInt(2) : 0;
        json.writeArrayFieldStart("needs");
        for (int i = 0; i < needs; i++) {
            // What a partner should do: mostly another sector's work (the supply chain), sometimes more capacity for
            // the own trade.
            Sector from = r.nextDouble() < 0.75 ? sector(r) : sector;
            Term skill = pick(from.skills(), r);
            entry(json, Vocabulary.NEED_TITLES_DE, Vocabulary.NEED_TITLES_EN, Vocabulary.NEED_TEXTS_DE,
                    Vocabulary.NEED_TEXTS_EN, skill, from, english, r);
        }
        json.writeEndArray();

        json.writeObjectFieldStart("address");
        json.writeStringField("street", pick(Vocabulary.STREETS, r) + " " + (1 + r.nextInt(180)));
        json.writeStringField("postalCode", place.postalCode());
        json.writeStringField("city", place.city());
        json.writeStringField("country", "DE");
        json.writeEndObject();
        json.writeNumberField("employees", employees);
        String domain = ascii(name) + "-" + index + ".example";
        json.writeStringField("website", "https://www." + domain);

        json.writeArrayFieldStart("contacts");
        int contacts = 1 + r.nextInt(2);
        for (int i = 0; i < contacts; i++) {
            contact(json, domain, skills, english, r);
        }
        json.writeEndArray();
        json.writeStringField("visibility", isPublic ? "PUBLIC" : "MEMBERS");

        json.writeArrayFieldStart("industries");
        if (kind.equals("COMPANY")) {
            json.writeString(pick(sector.industries(), r));
        } else if (kind.equals("UNIVERSITY") || kind.equals("RESEARCH_INSTITUTE")) {
            json.writeString(kind.equals("UNIVERSITY") ? "85" : "72");
        } else {
            json.writeString(kind.equals("ASSOCIATION") ? "94" : "88");
        }
        json.writeEndArray();
        if (kind.equals("COMPANY") && r.nextDouble() < 0.6) {
            json.writeArrayFieldStart("certifications");
            for (String certificate : distinct(sector.certifications(), 1 + r.nextInt(2), r)) {
                json.writeString(certificate);
            }
            json.writeEndArray();
        }
        if (kind.equals("COMPANY") && !sector.machines().isEmpty() && r.nextDouble() < 0.4) {
            json.writeArrayFieldStart("machinery");
            for (Machine machine : distinct(sector.machines(), 1 + r.nextInt(2), r)) {
                json.writeStartObject();
                json.writeStringField("kind", machine.kind());
                json.writeStringField("details", machine.details());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (kind.equals("COMPANY")) {
            json.writeNumberField("foundingYear", 1890 + r.nextInt(134));
        }
        json.writeArrayFieldStart("languages");
        if (language != Language.EN) {
            json.writeString("de");
        }
        if (language != Language.DE || r.nextBoolean()) {
            json.writeString("en");
        }
        json.writeEndArray();
        json.writeEndObject();

        targets.offer(index, place, isPublic && needs > 0);
    }

    static String externalId(int index) {
        return String.format(Locale.ROOT, "bench-%07d", index);
    }

    static String network(int number) {
        return String.format(Locale.ROOT, "bench-net-%02d", number);
    }

    private static String kind(SplittableRandom r) {
        double k = r.nextDouble();
        if (k < 0.88) {
            return "COMPANY";
        }
        if (k < 0.90) {
            return "UNIVERSITY";
        }
        if (k < 0.93) {
            return "RESEARCH_INSTITUTE";
        }
        return k < 0.97 ? "ASSOCIATION" : "SOCIAL_INSTITUTION";
    }

    private Sector sector(SplittableRandom r) {
        int x = r.nextInt(sectorCumulative[sectorCumulative.length - 1]);
        for (int i = 0; i < sectorCumulative.length; i++) {
            if (x < sectorCumulative[i]) {
                return Vocabulary.SECTORS.get(i);
            }
        }
        throw new IllegalStateException();
    }

    private List<Term> skills(String kind, Sector sector, SplittableRandom r) {
        List<Term> skills = new ArrayList<>();
        switch (kind) {
            case "COMPANY" -> {
                skills.addAll(distinct(sector.skills(), 3 + r.nextInt(6), r));
                if (r.nextDouble() < 0.3) {
                    skills.addAll(distinct(sector(r).skills(), 1 + r.nextInt(2), r));
                }
            }
            case "UNIVERSITY", "RESEARCH_INSTITUTE" -> {
                skills.addAll(distinct(Vocabulary.RESEARCH_FIELDS, 3 + r.nextInt(4), r));
                skills.addAll(distinct(sector.skills(), 1 + r.nextInt(2), r));
            }
            case "ASSOCIATION" -> skills.addAll(distinct(Vocabulary.ASSOCIATION_SKILLS, 2 + r.nextInt(3), r));
            default -> skills.addAll(distinct(Vocabulary.SOCIAL_SKILLS, 3 + r.nextInt(3), r));
        }
        return List.copyOf(new LinkedHashSet<>(skills));
    }

    private static String name(
            String kind, Sector sector, PostalCodes.Place place, Language language, SplittableRandom r) {
        String city = place.city();
        Term trade = pick(sector.nameWords(), r);
        String tradeWord = language == Language.EN ? trade.en() : trade.de();
        String last = pick(Vocabulary.LAST_NAMES, r);
        return switch (kind) {
            case "UNIVERSITY" -> language == Language.EN
                    ? pick(List.of("University of Applied Sciences ", "Technical University of "), r) + city
                    : pick(List.of("Hochschule ", "Technische Hochschule ", "Universität "), r) + city;
            case "RESEARCH_INSTITUTE" -> {
                Term field = pick(Vocabulary.RESEARCH_FIELDS, r);
                yield language == Language.EN
                        ? "Institute for " + capitalize(field.en()) + " " + city
                        : pick(List.of("Institut für ", "Forschungszentrum "), r) + field.de() + " " + city;
            }
            case "ASSOCIATION" -> switch (r.nextInt(3)) {
                case 0 -> sector.label().de() + "-Netzwerk " + city + " e.V.";
                case 1 -> "Wirtschaftsförderverein " + city + " e.V.";
                default -> "Arbeitskreis " + sector.label().de() + " " + place.state();
            };
            case "SOCIAL_INSTITUTION" -> switch (r.nextInt(3)) {
                case 0 -> "Werkstätten " + last + " gGmbH";
                case 1 -> "Integrationsbetrieb " + city + " gGmbH";
                default -> "Lebenswerk " + city + " gGmbH";
            };
            default -> {
                String legal = pick(Vocabulary.LEGAL_FORMS, r);
                yield switch (r.nextInt(5)) {
                    case 0, 1 -> last + " " + tradeWord + " " + legal;
                    case 2 -> last + " & " + pick(Vocabulary.LAST_NAMES, r) + " " + tradeWord + " " + legal;
                    case 3 -> tradeWord + " " + city + " " + legal;
                    default -> initials(r) + " " + tradeWord + " " + legal;
                };
            }
        };
    }

    private static String initials(SplittableRandom r) {
        String letters = "ABDEFGHKLMNPRSTW";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2 + r.nextInt(2); i++) {
            sb.append(letters.charAt(r.nextInt(letters.length())));
        }
        return sb.toString();
    }

    private static int employees(String kind, SplittableRandom r) {
        double mean = switch (kind) {
            case "UNIVERSITY" -> 6.5;
            case "RESEARCH_INSTITUTE" -> 4.5;
            case "ASSOCIATION" -> 1.5;
            case "SOCIAL_INSTITUTION" -> 4.8;
            default -> 3.3;
        };
        // Log-normal: most companies are small, a few are large, as in any regional economy.
        return (int) Math.max(1, Math.min(50_000, Math.round(Math.exp(mean + 1.2 * r.nextGaussian()))));
    }

    private static void fillValues(
            Map<String, String> values, Sector sector, List<Term> skills, boolean english, SplittableRandom r) {
        List<Term> three = new ArrayList<>(distinct(skills, 3, r));
        while (three.size() < 3) {
            three.add(pick(sector.skills(), r));
        }
        for (int i = 0; i < 3; i++) {
            values.put("skill" + (i + 1), text(three.get(i), english));
        }
        values.put("material", text(pick(sector.materials(), r), english));
        List<Term> products = distinct(sector.products(), 2, r);
        values.put("product", text(products.get(0), english));
        values.put("product2", text(products.get(products.size() - 1), english));
        List<Term> customers = distinct(sector.customers(), 2, r);
        values.put("customer", text(customers.get(0), english));
        values.put("customer2", text(customers.get(customers.size() - 1), english));
    }

    private static String description(String kind, boolean english, Map<String, String> values, SplittableRandom r) {
        List<String> sentences = switch (kind) {
            case "UNIVERSITY", "RESEARCH_INSTITUTE" -> english
                    ? Vocabulary.RESEARCH_SENTENCES_EN
                    : Vocabulary.RESEARCH_SENTENCES_DE;
            case "ASSOCIATION" -> english ? Vocabulary.ASSOCIATION_SENTENCES_EN : Vocabulary.ASSOCIATION_SENTENCES_DE;
            case "SOCIAL_INSTITUTION" -> english ? Vocabulary.SOCIAL_SENTENCES_EN : Vocabulary.SOCIAL_SENTENCES_DE;
            default -> english ? Vocabulary.COMPANY_SENTENCES_EN : Vocabulary.COMPANY_SENTENCES_DE;
        };
        StringBuilder text = new StringBuilder();
        // The first sentence introduces the organization; 1 to 4 more follow in their natural order.
        text.append(fill(sentences.getFirst(), values));
        List<Integer> more = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) {
            more.add(i);
        }
        int count = Math.min(more.size(), 1 + r.nextInt(4));
        List<Integer> chosen = distinct(more, count, r).stream().sorted().toList();
        for (int i : chosen) {
            text.append(' ').append(fill(sentences.get(i), values));
        }
        return text.toString();
    }

    private static void entry(
            JsonGenerator json,
            List<String> titlesDe,
            List<String> titlesEn,
            List<String> textsDe,
            List<String> textsEn,
            Term skill,
            Sector sector,
            boolean english,
            SplittableRandom r)
            throws IOException {
        Map<String, String> values = Map.of(
                "skill", text(skill, english),
                "product", text(pick(sector.products(), r), english),
                "material", text(pick(sector.materials(), r), english),
                "customer", text(pick(sector.customers(), r), english),
                "quantity", String.format(Locale.ROOT, "%,d", (1 + r.nextInt(50)) * 100)
                        .replace(',', english ? ',' : '.'));
        json.writeStartObject();
        json.writeStringField("title", capitalize(fill(pick(english ? titlesEn : titlesDe, r), values)));
        List<String> texts = english ? textsEn : textsDe;
        String description = fill(texts.get(r.nextInt(2)), values);
        if (r.nextBoolean()) {
            description += " " + fill(texts.get(2 + r.nextInt(texts.size() - 2)), values);
        }
        json.writeStringField("description", description);
        json.writeEndObject();
    }

    private static void contact(
            JsonGenerator json, String domain, List<Term> skills, boolean english, SplittableRandom r)
            throws IOException {
        String first = pick(Vocabulary.FIRST_NAMES, r);
        String last = pick(Vocabulary.LAST_NAMES, r);
        json.writeStartObject();
        json.writeStringField("firstName", first);
        json.writeStringField("lastName", last);
        json.writeStringField("role", text(pick(Vocabulary.ROLES, r), english));
        json.writeStringField("email", ascii(first) + "." + ascii(last) + "@" + domain);
        json.writeStringField(
                "phone",
                String.format(Locale.ROOT, "+49 %d %d-%d", 200 + r.nextInt(9700), 10000 + r.nextInt(89999),
                        10 + r.nextInt(80)));
        json.writeArrayFieldStart("topics");
        json.writeString(text(pick(skills, r), english));
        json.writeString(text(pick(Vocabulary.CONTACT_TOPICS, r), english));
        json.writeEndArray();
        json.writeEndObject();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Queries

    /**
     * Places and organizations for the queries, picked while the organizations stream by: evenly spread over the
     * data set, so near queries are around populated places and match targets have needs and are public.
     */
    private static final class QueryTargets {
        final int count;
        final List<PostalCodes.Place> places = new ArrayList<>();
        final List<String> matchExternalIds = new ArrayList<>();
        private int nextPlace;
        private int nextMatch;

        QueryTargets(int count) {
            this.count = count;
        }

        private long position(int k) {
            return 1 + (long) k * count / QUERIES_PER_KIND;
        }

        void offer(int index, PostalCodes.Place place, boolean matchable) {
            while (nextPlace < QUERIES_PER_KIND && position(nextPlace) <= index) {
                places.add(place);
                nextPlace++;
            }
            if (matchable && nextMatch < QUERIES_PER_KIND && position(nextMatch) <= index) {
                matchExternalIds.add(externalId(index));
                // Several targets may fall on one organization when N < 200; each is taken once.
                while (nextMatch < QUERIES_PER_KIND && position(nextMatch) <= index) {
                    nextMatch++;
                }
            }
        }
    }

    private QuerySet queries(QueryTargets targets) {
        SplittableRandom r = queryRandom;
        List<BenchQuery> text = new ArrayList<>();
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            text.add(textQuery(i % 10, null, 0, r));
        }
        List<BenchQuery> near = new ArrayList<>();
        int[] radii = {25, 50, 100};
        int[] nearKinds = {0, 1, 2, 3, 4, 6}; // no typos: a near search is mostly clicked, not typed
        for (int i = 0; i < QUERIES_PER_KIND && !targets.places.isEmpty(); i++) {
            PostalCodes.Place place = targets.places.get(i % targets.places.size());
            double k = r.nextDouble();
            List<String> kinds = k < 0.25
                    ? List.of("COMPANY")
                    : k < 0.35 ? List.of("UNIVERSITY", "RESEARCH_INSTITUTE") : List.of();
            BenchQuery q = textQuery(nearKinds[r.nextInt(nearKinds.length)], place, radii[r.nextInt(radii.length)], r);
            near.add(new BenchQuery(q.q(), q.lang(), q.postalCode(), q.lat(), q.lon(), q.radiusKm(), kinds));
        }
        return new QuerySet(text, near, List.copyOf(targets.matchExternalIds));
    }

    /**
     * One query of the mix: 0-1 a German competence, 2 an English one, 3 an inflected or other form, 4 a German
     * compound product, 5 a typo, 6 two German words, 7 an English product, 8 a common single word, 9 research,
     * association or social work.
     */
    private BenchQuery textQuery(int category, PostalCodes.Place place, int radiusKm, SplittableRandom r) {
        Sector sector = sector(r);
        String lang = "de";
        String q = switch (category) {
            case 0, 1 -> pick(sector.skills(), r).de();
            case 2 -> {
                lang = "en";
                yield pick(sector.skills(), r).en();
            }
            case 3 -> pick(sector.queryForms(), r);
            case 4 -> pick(sector.products(), r).de();
            case 5 -> typo(r.nextBoolean() ? pick(sector.skills(), r).de() : pick(sector.queryForms(), r), r);
            case 6 -> pick(sector.skills(), r).de() + " " + pick(sector.materials(), r).de();
            case 7 -> {
                lang = "en";
                yield pick(sector.products(), r).en();
            }
            case 8 -> {
                if (r.nextBoolean()) {
                    lang = "en";
                    yield pick(Vocabulary.ENGLISH_QUERY_WORDS, r);
                }
                yield pick(sector.queryForms(), r);
            }
            default -> pick(
                            switch (r.nextInt(3)) {
                                case 0 -> Vocabulary.RESEARCH_FIELDS;
                                case 1 -> Vocabulary.ASSOCIATION_SKILLS;
                                default -> Vocabulary.SOCIAL_SKILLS;
                            },
                            r)
                    .de();
        };
        return place == null
                ? new BenchQuery(q, lang, null, 0, 0, 0, List.of())
                : new BenchQuery(q, lang, place.postalCode(), place.lat(), place.lon(), radiusKm, List.of());
    }

    /**
     * One typing mistake in the longest word (letters swapped, dropped, doubled or replaced), never in its first two
     * letters: people rarely get those wrong, and the application's fuzzy matching relies on it.
     */
    static String typo(String text, SplittableRandom r) {
        String[] words = text.split("[ -]");
        String word = "";
        for (String w : words) {
            if (w.length() > word.length()) {
                word = w;
            }
        }
        if (word.length() < 5) {
            return text;
        }
        int at = 2 + r.nextInt(word.length() - 3);
        StringBuilder changed = new StringBuilder(word);
        switch (r.nextInt(4)) {
            case 0 -> {
                char c = changed.charAt(at);
                changed.setCharAt(at, changed.charAt(at + 1));
                changed.setCharAt(at + 1, c);
            }
            case 1 -> changed.deleteCharAt(at);
            case 2 -> changed.insert(at, changed.charAt(at));
            default -> changed.setCharAt(at, changed.charAt(at) == 'e' ? 'a' : 'e');
        }
        String result = changed.toString();
        return result.equals(word) ? text : text.replace(word, result);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String text(Term term, boolean english) {
        return english ? term.en() : term.de();
    }

    static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    /** Up to {@code n} distinct elements, in random order. */
    static <T> List<T> distinct(List<T> list, int n, SplittableRandom r) {
        int count = Math.min(n, list.size());
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(r.nextInt(list.size()));
        }
        List<T> result = new ArrayList<>(count);
        for (int i : chosen) {
            result.add(list.get(i));
        }
        return result;
    }

    /** Replaces {@code {key}} placeholders; a template without placeholders is returned as is. */
    static String fill(String template, Map<String, String> values) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            sb.append(template, from, open);
            String value = values.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalArgumentException("no value for " + template.substring(open, close + 1));
            }
            sb.append(value);
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return sb.append(template, from, template.length()).toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A name as a host name or e-mail part: lower case ASCII letters, digits and hyphens. */
    static String ascii(String s) {
        String folded = s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("ı", "i");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        folded = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(folded).replaceAll("-")).replaceAll("");
        return folded.length() > 40 ? EDGE_HYPHENS.matcher(folded.substring(0, 40)).replaceAll("") : folded;
    }
}
