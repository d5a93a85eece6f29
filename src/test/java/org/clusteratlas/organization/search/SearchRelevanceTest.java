package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The judged relevance test set ({@code src/test/resources/search/judgements.json}): every query runs anonymously
 * through the public API (organization search, or matchmaking for the needs→offers category), and nDCG@10 and
 * recall@10 are computed per query, per category and overall, logged as a table (and written to
 * {@code target/search-relevance.md}), and compared with the floors below. See {@code docs/search-quality.md}.
 *
 * <p>Metrics: gain of a hit is {@code 2^grade - 1}, discounted by {@code log2(rank + 1)}; the ideal ranking is the
 * judged organizations sorted by grade. Recall@10 counts every judged organization (grade ≥ 1) in the first ten.
 * Category and overall figures are means over queries (each query weighs the same).
 */
class SearchRelevanceTest extends AtlasIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(SearchRelevanceTest.class);

    static final int K = 10;

    /**
     * Hits fetched per query before organizations outside the demo corpus are dropped: other tests share the
     * database and add organizations of their own, which must neither count nor push demo organizations out of the
     * first K.
     */
    static final int FETCHED = 50;

    static final String CORPUS_PREFIX = "demo-";

    /**
     * Floors: the figures measured when the set was written, minus 0.02, rounded down; a change that costs more
     * than that fails the build. When search gets better, raise the floors to the new measured values minus 0.02
     * (the table in the test output and docs/search-quality.md show them), so the gain cannot silently be lost
     * again. Never lower a floor to make a change pass without writing down why in docs/search-quality.md.
     */
    static final Floor OVERALL_FLOOR = new Floor(0.88, 0.80); // measured 0.907, 0.823

    static final Map<String, Floor> CATEGORY_FLOORS = Map.of(
            "morphology", new Floor(0.78, 0.71), // measured 0.802, 0.735
            "synonyms", new Floor(0.97, 0.92), // measured 0.991, 0.944
            "cross-language", new Floor(0.94, 0.81), // measured 0.968, 0.830
            "typos", new Floor(0.94, 0.87), // measured 0.965, 0.893
            "geo", new Floor(0.86, 0.77), // measured 0.887, 0.798
            "needs-offers", new Floor(0.82, 0.73)); // measured 0.842, 0.759

    /**
     * Queries allowed to find none of their judged organizations in the first ten, with the reason. Every other
     * query must find at least one. A listed query that finds one again fails too, so that the entry is removed
     * and the query is guarded again.
     */
    static final Map<String, String> KNOWN_MISSES = Map.of(
            "morph-gelaserte-blechteile",
            "the participle 'gelaserte' is neither stemmed to 'lasern' nor a taxonomy label, and with two units both"
                    + " must match",
            "match-sportfreunde",
            "the need title 'Neue Vereinswebsite mit Online-Anmeldung' names no concept; half of its four words"
                    + " must match competences or offers, and only 'Online' does ('Verein' is in descriptions only)");

    record Floor(double ndcg, double recall) {}

    record Judged(
            String id,
            String category,
            String q,
            String near,
            Double radiusKm,
            String matchesFor,
            Map<String, Integer> relevant) {}

    record Outcome(Judged query, List<String> top, double ndcg, double recall) {}

    @Test
    void judgedQueriesKeepTheirQuality() throws Exception {
        List<Judged> queries = judgements();
        assertThat(queries).isNotEmpty();
        List<Outcome> outcomes = new ArrayList<>();
        for (Judged query : queries) {
            List<String> top = query.matchesFor() == null ? search(query) : matches(query.matchesFor());
            outcomes.add(new Outcome(query, top, ndcg(top, query.relevant()), recall(top, query.relevant())));
        }
        String report = report(outcomes);
        log.info("Search relevance (k = {}):\n{}", K, report);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("search-relevance.md"), report, StandardCharsets.UTF_8);
        }

        SoftAssertions softly = new SoftAssertions();
        Map<String, List<Outcome>> byCategory = byCategory(outcomes);
        softly.assertThat(CATEGORY_FLOORS.keySet())
                .as("every category has a floor")
                .containsAll(byCategory.keySet());
        byCategory.forEach((category, list) -> {
            Floor floor = CATEGORY_FLOORS.getOrDefault(category, new Floor(1, 1));
            softly.assertThat(mean(list, Outcome::ndcg))
                    .as("nDCG@10 of %s", category)
                    .isGreaterThanOrEqualTo(floor.ndcg());
            softly.assertThat(mean(list, Outcome::recall))
                    .as("recall@10 of %s", category)
                    .isGreaterThanOrEqualTo(floor.recall());
        });
        softly.assertThat(mean(outcomes, Outcome::ndcg))
                .as("overall nDCG@10")
                .isGreaterThanOrEqualTo(OVERALL_FLOOR.ndcg());
        softly.assertThat(mean(outcomes, Outcome::recall))
                .as("overall recall@10")
                .isGreaterThanOrEqualTo(OVERALL_FLOOR.recall());
        for (Outcome outcome : outcomes) {
            String id = outcome.query().id();
            if (KNOWN_MISSES.containsKey(id)) {
                softly.assertThat(outcome.recall())
                        .as(
                                "%s is a known miss (%s) but now finds a judged organization: remove it from"
                                        + " KNOWN_MISSES and docs/search-quality.md",
                                id, KNOWN_MISSES.get(id))
                        .isZero();
            } else {
                softly.assertThat(outcome.recall())
                        .as("recall@10 of %s (%s), top %s", id, describe(outcome.query()), outcome.top())
                        .isPositive();
            }
        }
        softly.assertThat(queries.stream().map(Judged::id).toList())
                .as("known misses refer to queries of the set")
                .containsAll(KNOWN_MISSES.keySet());
        softly.assertAll();
    }

    // ---------------------------------------------------------------- metrics

    /** nDCG@K with gain 2^grade - 1 and discount log2(rank + 1); the ideal ranking comes from the judgements. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(grades.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(K)
                .toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream()
                        .limit(K)
                        .map(id -> grades.getOrDefault(id, 0))
                        .toList())
                / ideal;
    }

    static double dcg(List<Integer> gradesInRankOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInRankOrder.size(); i++) {
            sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** Share of the judged organizations (grade ≥ 1) among the first K. */
    static double recall(List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        long found = ranked.stream()
                .limit(K)
                .distinct()
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    private static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> metric) {
        return outcomes.stream().mapToDouble(metric).average().orElse(0);
    }

    // ---------------------------------------------------------------- running the queries

    private List<String> search(Judged query) throws Exception {
        StringBuilder url = new StringBuilder("/api/v1/search/organizations?size=" + FETCHED);
        if (query.q() != null) {
            url.append("&q=").append(encode(query.q()));
        }
        if (query.near() != null) {
            url.append("&near=").append(encode(query.near()));
        }
        if (query.radiusKm() != null) {
            url.append("&radiusKm=").append(query.radiusKm());
        }
        return externalIds(get(url.toString()));
    }

    private List<String> matches(String externalId) throws Exception {
        return externalIds(get("/api/v1/organizations/" + organizationId(externalId) + "/matches?size=" + FETCHED));
    }

    /** Anonymous GET with the query exactly as encoded here (a URL template would encode it again). */
    private JsonNode get(String url) throws Exception {
        MvcResult result = mvc.perform(
                        MockMvcRequestBuilders.get(URI.create(url)).with(as(null)))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("status of %s: %s", url, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return body(result);
    }

    /** The external ids of the hits in the demo corpus, best first, at most K. */
    private static List<String> externalIds(JsonNode results) {
        return results.get("hits").values().stream()
                .map(hit -> hit.get("externalId").asString())
                .filter(id -> id.startsWith(CORPUS_PREFIX))
                .limit(K)
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<Judged> judgements() {
        try (InputStream in = getClass().getResourceAsStream("/search/judgements.json")) {
            assertThat(in).as("search/judgements.json on the test class path").isNotNull();
            JsonNode root = json.readTree(in);
            List<Judged> queries = new ArrayList<>();
            for (JsonNode node : root.get("queries").values()) {
                Map<String, Integer> relevant = new LinkedHashMap<>();
                node.get("relevant")
                        .properties()
                        .forEach(e -> relevant.put(e.getKey(), e.getValue().asInt()));
                queries.add(new Judged(
                        node.get("id").asString(),
                        node.get("category").asString(),
                        text(node, "q"),
                        text(node, "near"),
                        node.hasNonNull("radiusKm") ? node.get("radiusKm").asDouble() : null,
                        text(node, "matchesFor"),
                        relevant));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    // ---------------------------------------------------------------- the report

    private static Map<String, List<Outcome>> byCategory(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byCategory = new TreeMap<>();
        outcomes.forEach(o -> byCategory
                .computeIfAbsent(o.query().category(), c -> new ArrayList<>())
                .add(o));
        return byCategory;
    }

    private static String describe(Judged query) {
        if (query.matchesFor() != null) {
            return "matches for " + query.matchesFor();
        }
        String text = "\"" + query.q() + "\"";
        return query.near() == null ? text : text + " near " + query.near() + " within " + query.radiusKm() + " km";
    }

    static String report(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("| query | category | nDCG@10 | recall@10 | top hits (judged grade) |\n");
        out.append("|---|---|---:|---:|---|\n");
        for (Outcome o : outcomes) {
            List<String> top = o.top().stream()
                    .limit(5)
                    .map(id ->
                            id.replace("demo-", "") + "(" + o.query().relevant().getOrDefault(id, 0) + ")")
                    .toList();
            out.append("| ")
                    .append(o.query().id())
                    .append(KNOWN_MISSES.containsKey(o.query().id()) ? " (known miss)" : "")
                    .append(" | ")
                    .append(o.query().category())
                    .append(" | ")
                    .append(figure(o.ndcg()))
                    .append(" | ")
                    .append(figure(o.recall()))
                    .append(" | ")
                    .append(String.join(" ", top))
                    .append(" |\n");
        }
        out.append("\n| category | queries | nDCG@10 | recall@10 | floor nDCG | floor recall |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        byCategory(outcomes).forEach((category, list) -> {
            Floor floor = CATEGORY_FLOORS.getOrDefault(category, new Floor(1, 1));
            out.append(row(category, list.size(), mean(list, Outcome::ndcg), mean(list, Outcome::recall), floor));
        });
        out.append(row(
                "**overall**",
                outcomes.size(),
                mean(outcomes, Outcome::ndcg),
                mean(outcomes, Outcome::recall),
                OVERALL_FLOOR));
        return out.toString();
    }

    private static String row(String name, int count, double ndcg, double recall, Floor floor) {
        return "| " + name + " | " + count + " | " + figure(ndcg) + " | " + figure(recall) + " | "
                + figure(floor.ndcg()) + " | " + figure(floor.recall()) + " |\n";
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
