package org.clusteratlas.jobs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.jobs.internal.JobPosting;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationRef;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.search.Places;
import org.clusteratlas.organization.search.TextQuery;
import org.clusteratlas.organization.search.Viewer;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the public postings: PUBLISHED and not past their {@code validThrough} day (filtered at query time, so an
 * expired posting is gone from search and feeds the next morning even before the nightly job marks it). Text is
 * understood as in the competence search ({@link TextQuery}: German and English, compounds, typos, taxonomy
 * concepts), places as there ({@link Places}).
 */
@Service
@Transactional(readOnly = true)
public class JobSearch {

    public static final double DEFAULT_RADIUS_KM = 25;
    public static final double MAX_RADIUS_KM = 300;
    static final int MAX_PAGE_SIZE = 100;
    static final int FACET_SIZE = 20;

    private static final List<TextQuery.Field> TEXT_FIELDS = List.of(
            new TextQuery.Field("title", 3f),
            new TextQuery.Field("title_en", 3f),
            new TextQuery.Field("description", 1f),
            new TextQuery.Field("description_en", 1f));

    private static final List<TextQuery.FieldGroup> GROUPS = List.of(
            new TextQuery.FieldGroup(TEXT_FIELDS, List.of(new TextQuery.Field("title_prefix", 0.5f)), null, "skills"));

    /** The facets: name in the query and results, and the index field. */
    private static final Map<String, String> FACETS = Map.of(
            "kind", "kind",
            "skill", "skills",
            "organization", "organization",
            "network", "networks",
            "remote", "remote");

    @PersistenceContext
    private EntityManager entityManager;

    private final JobBoard board;
    private final TextQuery textQuery;
    private final Places places;
    private final Networks networks;
    private final Organizations organizations;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    JobSearch(
            JobBoard board,
            TextQuery textQuery,
            Places places,
            Networks networks,
            Organizations organizations,
            Taxonomy taxonomy,
            MessageSource messages) {
        this.board = board;
        this.textQuery = textQuery;
        this.places = places;
        this.networks = networks;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** The public postings matching the query; invalid input ({@code near}, radius) as field errors. */
    public JobResults search(JobQuery query) {
        return search(query, null);
    }

    /** {@link #search}, only postings first published after {@code since}; for alerts. */
    public JobResults publishedSince(JobQuery query, Instant since) {
        return search(query, since);
    }

    private JobResults search(JobQuery query, Instant since) {
        Locale locale = LocaleContextHolder.getLocale();
        double radius = query.radiusKm() == null ? DEFAULT_RADIUS_KM : query.radiusKm();
        if (Double.isNaN(radius) || radius <= 0 || radius > MAX_RADIUS_KM) {
            throw new ValidationFailedException(List.of(new FieldMessage(
                    "radiusKm", messages.getMessage("jobs.error.radius", new Object[] {(int) MAX_RADIUS_KM}, locale))));
        }
        if (query.q().length() > 500) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("q", messages.getMessage("jobs.error.q-too-long", null, locale))));
        }
        GeoPoint center = query.near().isEmpty() ? null : places.resolve(query.near(), "near");
        TextQuery.Parsed parsed = textQuery.parse(query.q());
        boolean textless = parsed.isEmpty();
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        int page = Math.clamp(query.page(), 0, 1000);
        Map<String, UUID> networkIds = networks.idsBySlug(query.networks());
        JobQuery.Order order =
                query.sort() != null ? query.sort() : textless ? JobQuery.Order.DATE : JobQuery.Order.RELEVANCE;
        String today = board.today().toString();
        // Postings of organizations whose profiles this person may not see (drafts, members- or office-only) are
        // left out in the index query itself, as the organization search does with such profiles.
        List<String> hidden =
                board.hiddenOrganizations().stream().map(UUID::toString).toList();

        var session = Search.session(entityManager);
        boolean forgiveTypos = false;
        SearchResult<JobPosting> result;
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        while (true) {
            boolean forgiving = forgiveTypos;
            var step = session.search(JobPosting.class)
                    .where(f -> {
                        var all = f.bool()
                                .filter(f.match().field("status").matching(PostingStatus.PUBLISHED))
                                .filter(f.range().field("validThrough").atLeast(java.time.LocalDate.parse(today)));
                        if (textless) {
                            all.must(f.matchAll());
                        } else {
                            all.must(textQuery.predicate(f, parsed, GROUPS, Viewer.PUBLIC, 0.75, forgiving));
                        }
                        if (center != null) {
                            all.filter(f.spatial()
                                    .within()
                                    .field("location")
                                    .circle(center.lat(), center.lon(), radius, DistanceUnit.KILOMETERS));
                        }
                        if (since != null) {
                            all.filter(f.range().field("publishedAt").greaterThan(since));
                        }
                        if (!hidden.isEmpty()) {
                            all.mustNot(terms(f, "organization", hidden));
                        }
                        filters(f, query, networkIds).values().forEach(all::filter);
                        return all;
                    })
                    .sort(f -> order == JobQuery.Order.DATE
                            ? f.field("publishedAt").desc().then().score()
                            : f.score().then().field("publishedAt").desc());
            for (Map.Entry<String, String> facet : FACETS.entrySet()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.getKey());
                keys.put(facet.getKey(), key);
                step.aggregation(
                        key,
                        f -> f.terms()
                                .field(facet.getValue(), String.class, ValueModel.INDEX)
                                .maxTermCount(FACET_SIZE));
            }
            result = step.fetch(page * size, size);
            if (forgiveTypos || textless || result.total().hitCount() > 0 || !textQuery.forgivesTypos(parsed)) {
                break;
            }
            forgiveTypos = true;
        }
        List<PostingView> hits = board.views(result.hits());
        Map<String, List<JobResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : List.of("kind", "skill", "remote", "organization", "network")) {
            facets.put(facet, facetValues(facet, result.aggregation(keys.get(facet)), query, locale));
        }
        return new JobResults(result.total().hitCount(), page, size, hits, facets);
    }

    private static Map<String, PredicateFinalStep> filters(
            SearchPredicateFactory f, JobQuery query, Map<String, UUID> networkIds) {
        Map<String, PredicateFinalStep> filters = new LinkedHashMap<>();
        if (!query.kinds().isEmpty()) {
            filters.put(
                    "kind",
                    terms(f, "kind", query.kinds().stream().map(Enum::name).toList()));
        }
        if (!query.remote().isEmpty()) {
            filters.put(
                    "remote",
                    terms(f, "remote", query.remote().stream().map(Enum::name).toList()));
        }
        if (!query.skills().isEmpty()) {
            filters.put("skill", terms(f, "skills", query.skills()));
        }
        if (!query.organizations().isEmpty()) {
            filters.put("organization", terms(f, "organization", query.organizations()));
        }
        if (!query.networks().isEmpty()) {
            List<String> ids = networkIds.values().stream().map(UUID::toString).toList();
            filters.put("network", ids.isEmpty() ? f.matchNone() : terms(f, "networks", ids));
        }
        return filters;
    }

    private static PredicateFinalStep terms(SearchPredicateFactory f, String field, List<String> values) {
        return f.terms().field(field).matchingAny(values, ValueModel.INDEX);
    }

    private List<JobResults.FacetValue> facetValues(
            String facet, Map<String, Long> counts, JobQuery query, Locale locale) {
        if (counts == null || counts.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> chosen;
        switch (facet) {
            case "skill" -> {
                Map<String, LocalizedText> names = taxonomy.prefLabels(counts.keySet());
                counts.keySet()
                        .forEach(k -> labels.put(
                                k, names.containsKey(k) ? names.get(k).in(locale) : k));
                chosen = query.skills();
            }
            case "organization" -> {
                List<UUID> ids = counts.keySet().stream().map(UUID::fromString).toList();
                Map<UUID, OrganizationRef> refs = organizations.references(ids);
                counts.keySet()
                        .forEach(k -> labels.put(
                                k,
                                refs.containsKey(UUID.fromString(k))
                                        ? refs.get(UUID.fromString(k)).name()
                                        : k));
                chosen = query.organizations();
            }
            case "network" -> {
                List<UUID> ids = counts.keySet().stream().map(UUID::fromString).toList();
                for (NetworkSummary network : networks.findAllById(ids)) {
                    keys.put(network.id().toString(), network.slug());
                    labels.put(network.id().toString(), network.name().in(locale));
                }
                chosen = query.networks();
            }
            case "kind" -> chosen = query.kinds().stream().map(Enum::name).toList();
            default -> chosen = query.remote().stream().map(Enum::name).toList();
        }
        List<JobResults.FacetValue> values = new ArrayList<>();
        counts.forEach((raw, count) -> {
            String key = keys.getOrDefault(raw, raw);
            values.add(new JobResults.FacetValue(key, labels.get(raw), count, chosen.contains(key)));
        });
        return values;
    }
}
