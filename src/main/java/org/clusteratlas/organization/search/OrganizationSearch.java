package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.clusteratlas.geo.GeoPoint;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.organization.internal.Organization;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
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
 * Organization search: free text, place and radius, filters, facets, highlights, paging — always limited to what the
 * searching person may see. Hits are read from the index (projections), never loaded from the database, so the cost
 * of a page does not grow with the size of the atlas.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationSearch {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_PAGE_SIZE = 100;
    public static final double DEFAULT_RADIUS_KM = 50;
    public static final double MAX_RADIUS_KM = 1000;

    /** Deep paging costs memory per request; nobody reads past the 10,000th hit, so such pages are empty. */
    static final int MAX_OFFSET = 10_000;

    static final int FACET_SIZE = 15;

    /** Passages marked per field, and per hit in all. */
    private static final int FRAGMENTS_PER_FIELD = 2;

    private static final int MAX_HIGHLIGHTS = 3;

    private final EntityManager entityManager;
    private final TextQuery textQuery;
    private final Places places;
    private final Networks networks;
    private final OrganizationAccess access;
    private final MessageSource messages;
    private final Highlights highlighting;

    OrganizationSearch(
            EntityManager entityManager,
            TextQuery textQuery,
            Places places,
            Networks networks,
            OrganizationAccess access,
            MessageSource messages,
            Highlights highlights) {
        this.entityManager = entityManager;
        this.textQuery = textQuery;
        this.highlighting = highlights;
        this.places = places;
        this.networks = networks;
        this.access = access;
        this.messages = messages;
    }

    /** Field groups per scope: what "who can do this" and "who needs this" search in, and how strongly. */
    static List<TextQuery.FieldGroup> groups(SearchScope scope) {
        TextQuery.FieldGroup core = new TextQuery.FieldGroup(
                List.of(
                        new TextQuery.Field("name", 5f),
                        new TextQuery.Field("name_en", 5f),
                        new TextQuery.Field("competences", 3f),
                        new TextQuery.Field("competences_en", 3f),
                        new TextQuery.Field("description_de", 1f),
                        new TextQuery.Field("description_en", 1f)),
                List.of(new TextQuery.Field("name_prefix", 1f), new TextQuery.Field("competences_prefix", 0.8f)),
                null,
                "concepts");
        TextQuery.FieldGroup competences = new TextQuery.FieldGroup(
                List.of(new TextQuery.Field("competences", 3f), new TextQuery.Field("competences_en", 3f)),
                List.of(new TextQuery.Field("competences_prefix", 0.8f)),
                null,
                "concepts");
        TextQuery.FieldGroup offers = new TextQuery.FieldGroup(
                List.of(new TextQuery.Field("offers", 2.5f), new TextQuery.Field("offers_en", 2.5f)),
                List.of(),
                "offers_level",
                "offer_concepts");
        TextQuery.FieldGroup needs = new TextQuery.FieldGroup(
                List.of(new TextQuery.Field("needs", 3f), new TextQuery.Field("needs_en", 3f)),
                List.of(),
                "needs_level",
                "need_concepts");
        return switch (scope) {
            case ORGANIZATIONS -> List.of(core, offers);
            case OFFERS -> List.of(competences, offers);
            case NEEDS -> List.of(needs);
        };
    }

    public OrganizationResults search(OrganizationQuery query, CurrentUser user) {
        return search(query, Viewer.of(user, access), false, null);
    }

    /** Only organizations whose profile changed since the instant: what is new for a saved search's digest. */
    public OrganizationResults changedSince(OrganizationQuery query, CurrentUser user, Instant since) {
        return search(query, Viewer.of(user, access), true, since);
    }

    /**
     * @param browse whether a query without words, place and filters lists everything (the search page) instead of
     *     being refused (the API, where the contract requires {@code q} or {@code near})
     */
    public OrganizationResults search(OrganizationQuery query, CurrentUser user, boolean browse) {
        return search(query, Viewer.of(user, access), browse, null);
    }

    OrganizationResults search(OrganizationQuery query, Viewer viewer, boolean browse, Instant changedSince) {
        List<FieldMessage> errors = new ArrayList<>();
        if (query.q().length() > MAX_QUERY_LENGTH) {
            errors.add(error("q", "search.error.q-too-long", MAX_QUERY_LENGTH));
        }
        double radius = query.radiusKm() == null ? DEFAULT_RADIUS_KM : query.radiusKm();
        if (Double.isNaN(radius) || radius <= 0 || radius > MAX_RADIUS_KM) {
            errors.add(error("radiusKm", "search.error.radius", (int) MAX_RADIUS_KM));
        }
        if (query.q().isEmpty() && query.near().isEmpty() && !query.hasFilters() && !browse) {
            errors.add(error("q", "search.error.q-or-near"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        GeoPoint center = query.near().isEmpty() ? null : places.resolve(query.near(), "near");
        TextQuery.Parsed parsed = textQuery.parse(query.q());
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        int page = Math.max(0, query.page());
        long offset = (long) page * size;

        Map<String, UUID> networkIds = networks.idsBySlug(query.networks());
        // A federation's search reads the shared profiles of its sharing networks where they are: nothing is copied,
        // so a network that withholds its profiles or leaves is out of the very next search.
        List<String> federationNetworks = query.federation().isEmpty()
                ? null
                : sharingNetworks(query.federation()).stream()
                        .map(UUID::toString)
                        .toList();
        var session = Search.session(entityManager);
        boolean textless = parsed.isEmpty();
        if (!query.q().isEmpty() && textless && center == null && !query.hasFilters()) {
            // Only punctuation or stop words: nothing to look for.
            return new OrganizationResults(0, page, size, List.of(), Map.of(), null, radius);
        }
        SearchOrder order = query.order() != null
                ? query.order()
                : center != null ? SearchOrder.DISTANCE : textless ? SearchOrder.NAME : SearchOrder.RELEVANCE;
        if (order == SearchOrder.DISTANCE && center == null) {
            order = SearchOrder.RELEVANCE;
        }
        SearchOrder finalOrder = order;
        GeoPoint finalCenter = center;
        var hsCenter =
                center == null ? null : org.hibernate.search.engine.spatial.GeoPoint.of(center.lat(), center.lon());
        List<String> highlightFields = highlightFields(query.scope());
        // Embedded Lucene: the hits' stored texts are projected and marked here (Highlights says why); OpenSearch
        // highlights on the server.
        boolean localHighlights = !textless && highlighting.local();

        // The query without the hits' order: shared by the page query and the facet counts below.
        Where where = (f, exceptFacet, forgiveTypos) -> {
            var all = f.bool().filter(SearchPredicates.visibleOrganizations(f, viewer));
            if (!textless) {
                all.must(textQuery.predicate(f, parsed, groups(query.scope()), viewer, 0.75, forgiveTypos));
            } else if (query.scope() == SearchScope.NEEDS) {
                all.filter(SearchPredicates.section(
                        f, viewer, "needs_level", f.exists().field("needs")));
            } else if (query.scope() == SearchScope.OFFERS) {
                all.filter(SearchPredicates.section(
                        f, viewer, "offers_level", f.exists().field("offers")));
            } else {
                all.must(f.matchAll());
            }
            if (hsCenter != null) {
                all.filter(f.spatial().within().field("location").circle(hsCenter, radius, DistanceUnit.KILOMETERS));
            }
            filters(f, query, networkIds).forEach((facet, filter) -> {
                if (!facet.equals(exceptFacet)) {
                    all.filter(filter);
                }
            });
            if (changedSince != null) {
                all.filter(f.range().field("updatedAt").atLeast(changedSince));
            }
            if (federationNetworks != null) {
                all.filter(
                        federationNetworks.isEmpty()
                                ? f.matchNone()
                                : f.bool()
                                        .must(f.terms().field("networks").matchingAny(federationNetworks))
                                        .must(f.match()
                                                .field("federation_shared")
                                                .matching(true)));
            }
            return all;
        };
        // The words as typed first; typos are forgiven (fuzzy matching, the expensive part) only when they find
        // nothing, as a search engine's "did you mean" would, but without asking.
        boolean forgiveTypos = false;
        SearchResult<List<?>> result;
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        while (true) {
            boolean forgiving = forgiveTypos;
            var step = session.search(Organization.class)
                    .select(f -> {
                        var projections = new ArrayList<
                                org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>>();
                        projections.add(f.id(UUID.class));
                        projections.add(f.field("externalId", String.class));
                        projections.add(f.field("slug", String.class));
                        projections.add(f.field("name", String.class));
                        projections.add(f.field("kind", OrganizationKind.class));
                        projections.add(f.field("postal_code", String.class));
                        projections.add(f.field("city", String.class));
                        projections.add(f.field("location", org.hibernate.search.engine.spatial.GeoPoint.class));
                        projections.add(f.score());
                        projections.add(f.field("networks", String.class).list());
                        projections.add(f.field("offers_level", Visibility.class));
                        projections.add(f.field("needs_level", Visibility.class));
                        projections.add(
                                hsCenter == null
                                        ? f.constant(null)
                                        : f.distance("location", hsCenter).unit(DistanceUnit.KILOMETERS));
                        projections.add(f.field("federation_shared", Boolean.class));
                        for (String field : highlightFields) {
                            projections.add(
                                    textless
                                            ? f.constant(List.of())
                                            : localHighlights
                                                    ? f.field(field, String.class)
                                                            .list()
                                                    : f.highlight(field));
                        }
                        return f.composite()
                                .from(projections.toArray(
                                        org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>[]
                                                ::new))
                                .asList();
                    })
                    .where(f -> where.apply(f, null, forgiving))
                    .sort(f -> switch (finalOrder) {
                        case DISTANCE -> f.distance("location", hsCenter).then().score();
                        case NAME -> f.field("name_sort").then().score();
                        case RELEVANCE ->
                            f.score().then().field("completeness").desc().then().field("name_sort");
                    });
            if (!textless && !localHighlights) {
                step.highlighter(h -> h.unified()
                        .tag(Highlights.OPEN, Highlights.CLOSE)
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(FRAGMENTS_PER_FIELD));
            }
            for (Facet facet : FACETS) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                keys.put(facet.name(), key);
                step.aggregation(key, f -> facet.aggregation(f));
            }
            result = step.fetch(
                    (int) Math.min(offset, MAX_OFFSET),
                    offset >= MAX_OFFSET ? 0 : (int) Math.min(size, MAX_OFFSET - offset));
            if (forgiveTypos || textless || result.total().hitCount() > 0 || !textQuery.forgivesTypos(parsed)) {
                break;
            }
            forgiveTypos = true;
        }
        boolean forgaveTypos = forgiveTypos;

        List<OrganizationHit> hits = new ArrayList<>();
        Map<String, String> slugsByKey = new java.util.HashMap<>();
        if (!result.hits().isEmpty()) {
            Set<UUID> hitNetworks = new java.util.HashSet<>();
            for (List<?> row : result.hits()) {
                @SuppressWarnings("unchecked")
                List<String> rowNetworks = (List<String>) row.get(9);
                rowNetworks.forEach(key -> hitNetworks.add(UUID.fromString(key)));
            }
            networks.findAllById(hitNetworks).forEach(n -> slugsByKey.put(n.id().toString(), n.slug()));
        }
        if (offset < MAX_OFFSET) {
            Highlights.Marker marker = localHighlights && !result.hits().isEmpty()
                    ? highlighting.marker(parsed, forgaveTypos, highlightFields)
                    : null;
            for (List<?> row : result.hits()) {
                hits.add(hit(row, viewer, highlightFields, marker, slugsByKey));
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Set<String> selected = selectedFacets(query);
        for (Facet facet : FACETS) {
            Map<String, Long> counts;
            if (selected.contains(facet.name())) {
                // A facet with chosen values counts as if none of its values were chosen (the other facets' choices
                // still apply): its other values stay visible as alternatives to add.
                var key = AggregationKey.<Map<String, Long>>of(facet.name());
                counts = session.search(Organization.class)
                        .where(f -> where.apply(f, facet.name(), forgaveTypos))
                        .aggregation(key, f -> facet.aggregation(f))
                        .fetch(0)
                        .aggregation(key);
            } else {
                counts = result.aggregation(keys.get(facet.name()));
            }
            facets.put(facet.name(), facet.name().equals("network") ? networkSlugs(counts) : counts);
        }
        return new OrganizationResults(result.total().hitCount(), page, size, hits, facets, finalCenter, radius);
    }

    /** The query without the hits' order, but for one facet's own filter, with or without typo tolerance. */
    @FunctionalInterface
    private interface Where {
        PredicateFinalStep apply(SearchPredicateFactory f, String exceptFacet, boolean forgiveTypos);
    }

    static List<String> highlightFields(SearchScope scope) {
        return switch (scope) {
            case ORGANIZATIONS -> List.of("name", "competences", "offers", "description_de", "description_en");
            case OFFERS -> List.of("competences", "offers");
            case NEEDS -> List.of("needs");
        };
    }

    private OrganizationHit hit(
            List<?> row,
            Viewer viewer,
            List<String> highlightFields,
            Highlights.Marker marker,
            Map<String, String> networkSlugs) {
        UUID id = (UUID) row.get(0);
        var location = (org.hibernate.search.engine.spatial.GeoPoint) row.get(7);
        @SuppressWarnings("unchecked")
        List<String> networkKeys = (List<String>) row.get(9);
        Visibility offersLevel = (Visibility) row.get(10);
        Visibility needsLevel = (Visibility) row.get(11);
        Double distance = (Double) row.get(12);
        boolean federationShared = Boolean.TRUE.equals(row.get(13));
        List<String> highlights = new ArrayList<>();
        for (int i = 0; i < highlightFields.size() && highlights.size() < MAX_HIGHLIGHTS; i++) {
            String field = highlightFields.get(i);
            // Highlights come from the stored text: a section hidden from this person must not leak through them.
            if (field.equals("offers") && !viewer.mayRead(offersLevel, id.toString(), networkKeys, federationShared)) {
                continue;
            }
            if (field.equals("needs") && !viewer.mayRead(needsLevel, id.toString(), networkKeys, federationShared)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) row.get(14 + i);
            // Locally marked field by field, and only until enough is found: most hits never need their description.
            List<String> fragments = marker == null ? values : marker.passages(field, values, FRAGMENTS_PER_FIELD);
            if (fragments != null) {
                fragments.stream().filter(s -> !highlights.contains(s)).forEach(highlights::add);
            }
        }
        return new OrganizationHit(
                id,
                (String) row.get(1),
                (String) row.get(2),
                (String) row.get(3),
                (OrganizationKind) row.get(4),
                (String) row.get(5),
                (String) row.get(6),
                location == null ? null : location.latitude(),
                location == null ? null : location.longitude(),
                distance == null ? null : Math.round(distance * 10) / 10.0,
                (Float) row.get(8),
                highlights.size() > MAX_HIGHLIGHTS
                        ? List.copyOf(highlights.subList(0, MAX_HIGHLIGHTS))
                        : List.copyOf(highlights),
                networkKeys.stream()
                        .map(networkSlugs::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList());
    }

    /** The federation's sharing networks; an unknown federation is the caller's error, named in the field. */
    private Set<UUID> sharingNetworks(String federation) {
        try {
            return networks.sharingNetworks(federation);
        } catch (NotFoundException unknown) {
            throw new ValidationFailedException(List.of(error("federation", "search.error.federation", federation)));
        }
    }

    /**
     * A facet: its name in the results and the query, its index field (counted and filtered alike), whether that
     * holds enum constants, how many values are counted, and the values the query chose.
     */
    record Facet(String name, String field, boolean enumerated, int size, Function<OrganizationQuery, List<?>> chosen) {

        AggregationFinalStep<Map<String, Long>> aggregation(SearchAggregationFactory f) {
            if (enumerated) {
                return f.terms().field(field, String.class, ValueModel.INDEX).maxTermCount(size);
            }
            return f.terms().field(field, String.class).maxTermCount(size);
        }
    }

    static final List<Facet> FACETS = List.of(
            new Facet("kind", "kind", true, FACET_SIZE, OrganizationQuery::kinds),
            new Facet("network", "networks", false, 50, OrganizationQuery::networks),
            new Facet("concept", "concepts", false, FACET_SIZE, OrganizationQuery::concepts),
            new Facet("industry", "industries", false, FACET_SIZE, OrganizationQuery::industries),
            new Facet("state", "state", false, 20, OrganizationQuery::states),
            new Facet("employeeBand", "employeeBand", true, FACET_SIZE, OrganizationQuery::employeeBands),
            new Facet("certification", "certifications", false, FACET_SIZE, OrganizationQuery::certifications));

    static Set<String> selectedFacets(OrganizationQuery query) {
        return FACETS.stream()
                .filter(facet -> !facet.chosen().apply(query).isEmpty())
                .map(Facet::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The chosen facet values as filters, by facet: values of one facet are alternatives, facets combine. */
    static Map<String, PredicateFinalStep> filters(
            SearchPredicateFactory f, OrganizationQuery query, Map<String, UUID> networkIds) {
        Map<String, PredicateFinalStep> filters = new LinkedHashMap<>();
        for (Facet facet : FACETS) {
            List<?> values = facet.chosen().apply(query);
            if (values.isEmpty()) {
                continue;
            }
            if (facet.name().equals("network")) {
                // Networks are indexed by id. An unknown slug matches nothing rather than being ignored: the caller
                // asked for that network only.
                values = networkIds.values().stream().map(UUID::toString).toList();
            }
            filters.put(
                    facet.name(),
                    values.isEmpty()
                            ? f.matchNone()
                            : f.terms().field(facet.field()).matchingAny(values));
        }
        return filters;
    }

    private Map<String, Long> networkSlugs(Map<String, Long> byKey) {
        Map<UUID, String> slugs = new LinkedHashMap<>();
        networks.findAllById(byKey.keySet().stream().map(UUID::fromString).toList())
                .forEach(n -> slugs.put(n.id(), n.slug()));
        Map<String, Long> bySlug = new LinkedHashMap<>();
        byKey.forEach((key, count) -> {
            String slug = slugs.get(UUID.fromString(key));
            if (slug != null) {
                bySlug.put(slug, count);
            }
        });
        return bySlug;
    }

    private FieldMessage error(String field, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return new FieldMessage(field, messages.getMessage(key, args, locale));
    }
}
