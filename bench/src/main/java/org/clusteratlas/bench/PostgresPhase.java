package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The two PostgreSQL alternatives over the same organizations: what a team without a search engine writes first
 * ({@code pg-ilike}: every word somewhere in the text as a substring) and what it writes next ({@code pg-fts}: a
 * weighted tsvector with the german configuration, a GIN index and ts_rank). Same visibility, geo and kind filters as
 * the application's anonymous search; driven by pgbench with one script per query.
 */
final class PostgresPhase {

    static final String ILIKE = "pg-ilike";
    static final String FTS = "pg-fts";

    private static final String TABLE = "bench.organization";
    private static final int MAX_SCRIPTS = 100;
    private static final List<String> TEXT_COLUMNS =
            List.of("name", "description_de", "description_en", "competences", "offers", "needs");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern ABORTED = Pattern.compile("(?m)^client \\d+ .*aborted");

    private final Settings settings;
    private final Processes processes;
    private final Summary summary;
    private final QuerySet queries;
    private final PostalCodes postalCodes;

    PostgresPhase(Settings settings, Processes processes, Summary summary, QuerySet queries, PostalCodes postalCodes) {
        this.settings = settings;
        this.processes = processes;
        this.summary = summary;
        this.queries = queries;
        this.postalCodes = postalCodes;
    }

    void run() throws IOException {
        ObjectNode pg = summary.fresh("postgres");
        String url = String.format(
                Locale.ROOT,
                "jdbc:postgresql://%s:%d/%s?user=%s",
                settings.pgHost(),
                settings.pgPort(),
                settings.pgDatabase(),
                settings.pgUser());
        try (Connection connection = DriverManager.getConnection(url)) {
            pg.put("version", query(connection, "SHOW server_version"));
            load(connection, pg);
            summary.write();
            for (String system : List.of(ILIKE, FTS)) {
                for (String scenario : List.of("text", "near")) {
                    if (settings.scenarios().contains(scenario)) {
                        List<String> sql = (scenario.equals("text") ? queries.text() : queries.near()).stream()
                                .map(q -> system.equals(ILIKE) ? ilike(q) : fts(q))
                                .toList();
                        check(connection, system, scenario, sql);
                        measure(system, scenario, sql);
                        summary.write();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("PostgreSQL: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Schema and data

    private void load(Connection connection, ObjectNode pg) throws SQLException, IOException {
        Log.info("loading %,d organizations into PostgreSQL (%s) ...", settings.scale(), TABLE);
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            statement.execute("CREATE SCHEMA bench");
            // Weights as the application's: name above competences and offers above descriptions and needs.
            statement.execute("""
                    CREATE TABLE bench.organization (
                        id bigint PRIMARY KEY,
                        external_id text NOT NULL,
                        name text NOT NULL,
                        kind text NOT NULL,
                        visibility text NOT NULL,
                        networks text[] NOT NULL,
                        description_de text,
                        description_en text,
                        competences text,
                        offers text,
                        needs text,
                        postal_code text,
                        city text,
                        lat double precision,
                        lon double precision,
                        tsv tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('german', name), 'A')
                            || setweight(to_tsvector('german', coalesce(competences, '') || ' '
                                                               || coalesce(offers, '')), 'B')
                            || setweight(to_tsvector('german', coalesce(description_de, '') || ' '
                                                               || coalesce(description_en, '') || ' '
                                                               || coalesce(needs, '')), 'C')) STORED)
                    """);
        }
        CopyIn copy = connection.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY bench.organization (id, external_id, name, kind, visibility, networks, description_de,"
                        + " description_en, competences, offers, needs, postal_code, city, lat, lon) FROM STDIN");
        long[] id = {0};
        StringBuilder rows = new StringBuilder(1 << 20);
        Dataset.forEach(settings.inputDir().resolve(Generate.ORGANIZATIONS_FILE), postalCodes, o -> {
            id[0]++;
            rows.append(id[0]).append('\t');
            field(rows, o.externalId()).append('\t');
            field(rows, o.name()).append('\t');
            field(rows, o.kind()).append('\t');
            field(rows, o.visibility()).append('\t');
            field(rows, "{" + String.join(",", o.networks()) + "}").append('\t');
            field(rows, o.descriptionDe()).append('\t');
            field(rows, o.descriptionEn()).append('\t');
            field(rows, String.join("\n", o.competences())).append('\t');
            field(rows, String.join("\n", o.offers())).append('\t');
            field(rows, String.join("\n", o.needs())).append('\t');
            field(rows, o.postalCode()).append('\t');
            field(rows, o.city()).append('\t');
            field(rows, Double.isNaN(o.lat()) ? null : Double.toString(o.lat())).append('\t');
            field(rows, Double.isNaN(o.lon()) ? null : Double.toString(o.lon())).append('\n');
            if (rows.length() > 1 << 20) {
                flush(copy, rows);
            }
        });
        flush(copy, rows);
        copy.endCopy();
        long copied = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            statement.execute("CREATE INDEX organization_tsv ON bench.organization USING gin (tsv)");
            // The bounding box of a radius search narrows by latitude first, then longitude.
            statement.execute("CREATE INDEX organization_geo ON bench.organization (lat, lon)");
            statement.execute("VACUUM ANALYZE bench.organization");
        }
        long ready = System.nanoTime();
        pg.put("rows", id[0]);
        pg.put("copySeconds", (copied - start) / 1e9);
        pg.put("searchableSeconds", (ready - start) / 1e9);
        pg.put("organizationsPerSecond", id[0] / ((ready - start) / 1e9));
        pg.put("tableBytes", Long.parseLong(query(connection, "SELECT pg_table_size('" + TABLE + "')")));
        pg.put("indexBytes", Long.parseLong(query(connection, "SELECT pg_indexes_size('" + TABLE + "')")));
        pg.put("ginBytes", Long.parseLong(query(connection, "SELECT pg_relation_size('bench.organization_tsv')")));
        pg.put("totalBytes", Long.parseLong(query(connection, "SELECT pg_total_relation_size('" + TABLE + "')")));
        Log.info(
                "PostgreSQL: %,d rows copied in %.1f s, indexed and analyzed after %.1f s",
                id[0],
                (copied - start) / 1e9,
                (ready - start) / 1e9);
    }

    /** A value in COPY's text format: backslash escapes, \N for null. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws IOException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException("COPY: " + e.getMessage(), e);
        }
        rows.setLength(0);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Queries. Literal SQL (no bind variables): the plan fits each query, as it would for a search box. No "::"
    // casts and no colons anywhere: pgbench would take ":name" for one of its variables.

    /** Every word somewhere in one of the text fields, as a case-insensitive substring; ordered by name. */
    static String ilike(BenchQuery q) {
        StringBuilder where = new StringBuilder("visibility = 'PUBLIC'");
        for (String word : q.q().trim().split("\\s+")) {
            String pattern = literal("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append("\n  AND (");
            for (int i = 0; i < TEXT_COLUMNS.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append(TEXT_COLUMNS.get(i)).append(" ILIKE ").append(pattern);
            }
            where.append(')');
        }
        filters(where, q);
        return "SELECT id, external_id, name, city, count(*) OVER () AS total\nFROM " + TABLE + "\nWHERE " + where
                + "\nORDER BY name\nLIMIT 20;\n";
    }

    /** The words as a web search (all of them, stemmed by the german configuration); ordered by ts_rank. */
    static String fts(BenchQuery q) {
        StringBuilder where = new StringBuilder("tsv @@ query AND visibility = 'PUBLIC'");
        filters(where, q);
        return "SELECT id, external_id, name, city, ts_rank(tsv, query) AS rank, count(*) OVER () AS total\nFROM "
                + TABLE + ", websearch_to_tsquery('german', " + literal(q.q()) + ") AS query\nWHERE " + where
                + "\nORDER BY rank DESC\nLIMIT 20;\n";
    }

    /** Radius (haversine, after a bounding box the (lat, lon) index can use) and kinds. */
    private static void filters(StringBuilder where, BenchQuery q) {
        if (q.near()) {
            double dLat = q.radiusKm() / 111.2;
            double dLon = q.radiusKm() / (111.2 * Math.cos(Math.toRadians(q.lat())));
            where.append(String.format(
                    Locale.ROOT,
                    "\n  AND lat BETWEEN %.5f AND %.5f AND lon BETWEEN %.5f AND %.5f"
                            + "\n  AND 2 * 6371 * asin(sqrt(power(sin(radians(lat - %.5f) / 2), 2)"
                            + " + cos(radians(%.5f)) * cos(radians(lat)) * power(sin(radians(lon - %.5f) / 2), 2)))"
                            + " <= %d",
                    q.lat() - dLat,
                    q.lat() + dLat,
                    q.lon() - dLon,
                    q.lon() + dLon,
                    q.lat(),
                    q.lat(),
                    q.lon(),
                    q.radiusKm()));
        }
        if (!q.kinds().isEmpty()) {
            where.append("\n  AND kind IN (")
                    .append(String.join(", ", q.kinds().stream().map(PostgresPhase::literal).toList()))
                    .append(')');
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Measurement

    private void check(Connection connection, String system, String scenario, List<String> sql) throws SQLException {
        int sampled = Math.min(sql.size(), 50);
        int withHits = 0;
        long totalHits = 0;
        // At a million rows one ILIKE search takes seconds: the check stops after a minute, with what it has.
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int asked = 0;
        try (Statement statement = connection.createStatement()) {
            for (String query : sql.subList(0, sampled)) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                asked++;
                try (ResultSet result = statement.executeQuery(query)) {
                    long total = result.next() ? result.getLong("total") : 0;
                    withHits += total > 0 ? 1 : 0;
                    totalHits += total;
                }
            }
        }
        summary.sanity(system, scenario, asked, withHits, totalHits);
    }

    private void measure(String system, String scenario, List<String> sql) throws IOException {
        Path dir = settings.work().resolve("pgbench").resolve(system + "-" + scenario);
        AtlasPhase.deleteTree(dir);
        Files.createDirectories(dir);
        List<String> scripts = new ArrayList<>();
        // pgbench takes at most 128 scripts and picks one at random per transaction; with more queries than that,
        // each script holds a few and picks one of them at random itself.
        int perScript = (sql.size() + MAX_SCRIPTS - 1) / MAX_SCRIPTS;
        for (int from = 0, n = 1; from < sql.size(); from += perScript, n++) {
            List<String> group = sql.subList(from, Math.min(sql.size(), from + perScript));
            StringBuilder text = new StringBuilder();
            if (group.size() == 1) {
                text.append(group.getFirst());
            } else {
                text.append("\\set pick random(1, ").append(group.size()).append(")\n");
                for (int i = 0; i < group.size(); i++) {
                    text.append(i == 0 ? "\\if" : "\\elif").append(" :pick = ").append(i + 1).append('\n');
                    text.append(group.get(i));
                }
                text.append("\\endif\n");
            }
            Path script = dir.resolve(String.format(Locale.ROOT, "s%03d.sql", n));
            Files.writeString(script, text, StandardCharsets.UTF_8);
            scripts.add("-f");
            scripts.add(script + "@1");
        }
        Log.info("%s %s: %d queries", system, scenario, sql.size());
        if (settings.warmupSeconds() > 0) {
            Log.info("  warm-up: %d s at 4 clients", settings.warmupSeconds());
            pgbench(system + "-" + scenario + "-warmup", scripts, 4, settings.warmupSeconds(), null);
        }
        for (int clients : settings.clients()) {
            summary.busy(system, Environment.busyOthers(-1, Duration.ofMillis(500)));
            Path logDir = dir.resolve("log-c" + clients);
            Files.createDirectories(logDir);
            String output = pgbench(
                    system + "-" + scenario + "-c" + clients, scripts, clients, settings.durationSeconds(), logDir);
            Histogram latencies = new Histogram(3_600_000_000L, 3);
            long failed = 0;
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(logDir)) {
                for (Path log : logs) {
                    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                        // client_id transaction_no time script_no time_epoch time_us [...]: time in µs or "failed"
                        String[] fields = line.split(" ");
                        if (fields.length < 3) {
                            continue;
                        }
                        if (fields[2].chars().allMatch(Character::isDigit)) {
                            latencies.recordValue(Math.min(Long.parseLong(fields[2]), latencies.getHighestTrackableValue()));
                        } else {
                            failed++;
                        }
                    }
                }
            }
            Matcher failedLine = FAILED.matcher(output);
            long reportedFailed = failedLine.find() ? Long.parseLong(failedLine.group(1)) : 0;
            long aborted = ABORTED.matcher(output).results().count();
            long requests = latencies.getTotalCount();
            Matcher tps = TPS.matcher(output);
            double rps = tps.find() ? Double.parseDouble(tps.group(1)) : requests / (double) settings.durationSeconds();
            LoadResult result = new LoadResult(
                    settings.scale(),
                    system,
                    scenario,
                    clients,
                    requests,
                    Math.max(failed, reportedFailed) + aborted,
                    rps,
                    latencies.getValueAtPercentile(50) / 1000.0,
                    latencies.getValueAtPercentile(95) / 1000.0,
                    latencies.getValueAtPercentile(99) / 1000.0);
            Json.append(settings.results(), result);
            Log.info(
                    "  %-12s %-8s c=%-3d %8.1f rps  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  errors %d",
                    system,
                    scenario,
                    clients,
                    result.rps(),
                    result.p50Ms(),
                    result.p95Ms(),
                    result.p99Ms(),
                    result.errors());
            if (aborted > 0) {
                summary.note(system + " " + scenario + ": " + aborted + " pgbench clients aborted at " + clients
                        + " clients (SQL errors), see logs/pgbench");
            }
            // The per-transaction logs are large at high rates and were only needed for the percentiles.
            AtlasPhase.deleteTree(logDir);
        }
    }

    private String pgbench(String label, List<String> scripts, int clients, int seconds, Path logDir)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "-n",
                "-h",
                settings.pgHost(),
                "-p",
                Integer.toString(settings.pgPort()),
                "-U",
                settings.pgUser(),
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(clients, 2)),
                "-T",
                Integer.toString(seconds)));
        if (logDir != null) {
            command.add("--log");
            command.add("--log-prefix=" + logDir.resolve("tx"));
        }
        command.addAll(scripts);
        command.add(settings.pgDatabase());
        Path log = settings.logs().resolve("pgbench").resolve(label + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Processes.Finished finished =
                processes.run("pgbench " + label, command, Map.of(), log, Duration.ofSeconds(seconds + 120L));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (finished.timedOut() || !output.contains("number of transactions actually processed")) {
            throw new IOException("pgbench " + label + " failed (exit " + finished.exitCode() + "):\n"
                    + Processes.tail(log, 20));
        }
        return output;
    }
}
