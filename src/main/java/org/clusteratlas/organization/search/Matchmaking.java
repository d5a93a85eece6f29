package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.organization.Visibility;
import org.clusteratlas.organization.internal.Organization;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.organization.internal.OrganizationRepository;
import org.clusteratlas.organization.internal.ProfileEntry;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matchmaking: for each open need of an organization, the organizations whose competences and offers meet it (and,
 * reversed, the organizations whose needs our offers and competences meet: leads). One index query per need (at most
 * {@link #MAX_QUESTIONS}), each limited to what the person asking may see; a partner's scores add up over the needs
 * it meets, damped by distance so that the nearer of two equal partners ranks first.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaking {

    static final int MAX_QUESTIONS = 20;
    static final int CANDIDATES_PER_QUESTION = 30;
    public static final int MAX_SIZE = 50;

    /** Distance at which a partner's score is halved: a neighbour beats an equal partner two hours away. */
    static final double HALF_SCORE_KM = 40;

    /** Score factor when a distance is unknown: worse than the region, better than nothing. */
    static final double UNKNOWN_DISTANCE_FACTOR = 0.5;

    private final EntityManager entityManager;
    private final OrganizationRepository organizations;
    private final OrganizationAccess access;
    private final TextQuery textQuery;
    private final Taxonomy taxonomy;
    private final Highlights highlights;

    Matchmaking(
            EntityManager entityManager,
            OrganizationRepository organizations,
            OrganizationAccess access,
            TextQuery textQuery,
            Taxonomy taxonomy,
            Highlights highlights) {
        this.highlights = highlights;
        this.entityManager = entityManager;
        this.organizations = organizations;
        this.access = access;
        this.textQuery = textQuery;
        this.taxonomy = taxonomy;
    }

    /** Options of a match request; {@code radiusKm} only for {@link MatchScope#REGION}. */
    public record Options(MatchScope scope, double radiusKm, int size) {

        public Options {
            scope = scope == null ? MatchScope.ALL : scope;
            radiusKm = radiusKm <= 0 || Double.isNaN(radiusKm) ? 50 : Math.min(radiusKm, 1000);
            size = Math.clamp(size, 1, MAX_SIZE);
        }
    }

    /** A question put to the index: a text, the concepts it names, and the label under which reasons report it. */
    private record Question(String label, String text, List<String> concepts) {}

    /** Partners for the organization's open needs, best first. 404 when the person may not see the organization. */
    public List<Match> matches(UUID organizationId, Options options, CurrentUser user) {
        return matches(organizationId, options, user, null);
    }

    /** Like {@link #matches(UUID, Options, CurrentUser)}, only partners whose profile changed since the instant. */
    public List<Match> matches(UUID organizationId, Options options, CurrentUser user, Instant changedSince) {
        Organization organization = visible(organizationId, user);
        Viewer viewer = Viewer.of(user, access);
        if (!viewer.mayRead(
                organization.getNeedsVisibility(),
                organization.getKey(),
                organization.getNetworkKeys(),
                organization.isFederationShared())) {
            return List.of();
        }
        List<Question> questions = organization.openNeeds().stream()
                .limit(MAX_QUESTIONS)
                .map(need -> new Question(need.title(), need.title(), need.concepts()))
                .toList();
        return run(organization, questions, viewer, options, SearchScope.OFFERS, changedSince);
    }

    /** Organizations whose open needs the organization's offers and competences meet: leads for a supplier. */
    public List<Match> leads(UUID organizationId, Options options, CurrentUser user) {
        return leads(organizationId, options, user, null);
    }

    /** Like {@link #leads(UUID, Options, CurrentUser)}, only organizations whose profile changed since the instant. */
    public List<Match> leads(UUID organizationId, Options options, CurrentUser user, Instant changedSince) {
        Organization organization = visible(organizationId, user);
        Viewer viewer = Viewer.of(user, access);
        List<Question> questions = new ArrayList<>();
        if (viewer.mayRead(
                organization.getOffersVisibility(),
                organization.getKey(),
                organization.getNetworkKeys(),
                organization.isFederationShared())) {
            for (ProfileEntry offer : organization.getOffers()) {
                questions.add(new Question(offer.title(), offer.title(), offer.concepts()));
            }
        }
        for (String competence : organization.getCompetences()) {
            questions.add(new Question(competence, competence, List.of()));
        }
        return run(
                organization,
                questions.stream().limit(MAX_QUESTIONS).toList(),
                viewer,
                options,
                SearchScope.NEEDS,
                changedSince);
    }

    private Organization visible(UUID organizationId, CurrentUser user) {
        return organizations
                .findById(organizationId)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
    }

    private List<Match> run(
            Organization organization,
            List<Question> questions,
            Viewer viewer,
            Options options,
            SearchScope scope,
            Instant changedSince) {
        GeoPoint origin = organization.getLocation();
        if (questions.isEmpty() || (options.scope() == MatchScope.REGION && origin == null)) {
            return List.of();
        }
        String highlightField = scope == SearchScope.NEEDS ? "needs" : "offers";
        // Embedded Lucene: stored texts are projected and marked here (Highlights says why); OpenSearch marks them.
        boolean local = highlights.local();
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        var session = Search.session(entityManager);
        for (Question question : questions) {
            TextQuery.Parsed parsed = textQuery.parse(question.text());
            if (parsed.isEmpty() && question.concepts().isEmpty()) {
                continue;
            }
            List<List<?>> rows = session.search(Organization.class)
                    .select(f -> f.composite()
                            .from(
                                    f.id(UUID.class),
                                    f.field("externalId", String.class),
                                    f.field("slug", String.class),
                                    f.field("name", String.class),
                                    f.field("city", String.class),
                                    f.score(),
                                    origin == null
                                            ? f.constant(null)
                                            : f.distance("location", origin).unit(DistanceUnit.KILOMETERS),
                                    local
                                            ? f.field(highlightField, String.class)
                                                    .list()
                                            : f.highlight(highlightField).highlighter("whole"),
                                    local
                                            ? f.field("competences", String.class)
                                                    .list()
                                            : f.highlight("competences").highlighter("whole"),
                                    f.field("networks", String.class).list(),
                                    f.field(
                                            scope == SearchScope.NEEDS ? "needs_level" : "offers_level",
                                            Visibility.class),
                                    f.field("federation_shared", Boolean.class))
                            .asList())
                    .where(f -> {
                        var all = f.bool()
                                .filter(SearchPredicates.visibleOrganizations(f, viewer))
                                .mustNot(f.id().matching(organization.getId()));
                        var meets = f.bool();
                        if (!parsed.isEmpty()) {
                            // No typo tolerance: half of a need's words suffice anyway, and fuzzy matching of
                            // every long word of a need costs more than the rest of the query.
                            meets.should(textQuery.predicate(
                                    f, parsed, OrganizationSearch.groups(scope), viewer, 0.5, false));
                        }
                        // A named competence ("Pulverbeschichten …") is enough on its own: the rest of a need's
                        // title is often detail ("… von Rahmen- und Gehäuseteilen") a partner need not repeat.
                        TextQuery.Parsed concepts = textQuery.conceptsOnly(parsed);
                        if (!concepts.isEmpty()) {
                            meets.should(textQuery.predicate(
                                    f, concepts, OrganizationSearch.groups(scope), viewer, 0, false));
                        }
                        if (!question.concepts().isEmpty()) {
                            meets.should(conceptMatch(f, viewer, scope, question.concepts()));
                        }
                        all.must(meets);
                        scopeFilter(f, organization, origin, options).forEach(all::filter);
                        if (changedSince != null) {
                            all.filter(f.range().field("updatedAt").atLeast(changedSince));
                        }
                        return all;
                    })
                    .highlighter(
                            "whole",
                            h -> h.unified()
                                    .tag("<mark>", "</mark>")
                                    .encoder(HighlighterEncoder.HTML)
                                    .numberOfFragments(1))
                    .fetchHits(CANDIDATES_PER_QUESTION);
            Highlights.Marker marker = local && !rows.isEmpty() && !parsed.isEmpty()
                    ? highlights.marker(parsed, false, List.of(highlightField, "competences"))
                    : null;
            for (List<?> row : rows) {
                UUID id = (UUID) row.get(0);
                Double distance = (Double) row.get(6);
                double factor = distance == null ? UNKNOWN_DISTANCE_FACTOR : 1 / (1 + distance / HALF_SCORE_KM);
                Candidate candidate = candidates.computeIfAbsent(
                        id,
                        key -> new Candidate(
                                key,
                                (String) row.get(1),
                                (String) row.get(2),
                                (String) row.get(3),
                                (String) row.get(4),
                                distance));
                candidate.score += (Float) row.get(5) * factor;
                @SuppressWarnings("unchecked")
                List<String> sectionHighlights = marked(marker, highlightField, (List<String>) row.get(7), local);
                @SuppressWarnings("unchecked")
                List<String> competenceHighlights = marked(marker, "competences", (List<String>) row.get(8), local);
                @SuppressWarnings("unchecked")
                List<String> networks = (List<String>) row.get(9);
                boolean sectionReadable = viewer.mayRead(
                        (Visibility) row.get(10), id.toString(), networks, Boolean.TRUE.equals(row.get(11)));
                String matched = matchedEntry(
                        sectionReadable ? sectionHighlights : List.of(),
                        scope == SearchScope.NEEDS ? List.of() : competenceHighlights,
                        question,
                        parsed);
                if (scope == SearchScope.NEEDS) {
                    candidate.reasons.add(new Match.Reason(matched, question.label()));
                } else {
                    candidate.reasons.add(new Match.Reason(question.label(), matched));
                }
            }
        }
        return candidates.values().stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
                .limit(options.size())
                .map(Candidate::toMatch)
                .toList();
    }

    /** The highlighted passage of a hit's field: marked here from its stored values, or as the server marked it. */
    private static List<String> marked(Highlights.Marker marker, String field, List<String> values, boolean local) {
        if (!local) {
            return values;
        }
        return marker == null ? List.of() : marker.passages(field, values, 1);
    }

    private static PredicateFinalStep conceptMatch(
            SearchPredicateFactory f, Viewer viewer, SearchScope scope, List<String> concepts) {
        if (scope == SearchScope.NEEDS) {
            return SearchPredicates.section(
                    f, viewer, "needs_level", f.terms().field("need_concepts").matchingAny(concepts));
        }
        return f.bool()
                .should(f.terms().field("concepts").matchingAny(concepts))
                .should(SearchPredicates.section(
                        f,
                        viewer,
                        "offers_level",
                        f.terms().field("offer_concepts").matchingAny(concepts)))
                .boost(3f);
    }

    private static List<PredicateFinalStep> scopeFilter(
            SearchPredicateFactory f, Organization organization, GeoPoint origin, Options options) {
        return switch (options.scope()) {
            case ALL -> List.of();
            case STATE ->
                organization.getFederalState() == null
                        ? List.of(f.matchNone())
                        : List.of(f.match().field("state").matching(organization.getFederalState()));
            case REGION ->
                List.of(f.spatial()
                        .within()
                        .field("location")
                        .circle(origin, options.radiusKm(), DistanceUnit.KILOMETERS));
        };
    }

    /**
     * What on the other side matched: the offer or need whose text was highlighted (its title, the part before the
     * colon the index joined it with), else a highlighted competence, else the concept both are tagged with.
     */
    private String matchedEntry(
            List<String> section, List<String> competences, Question question, TextQuery.Parsed parsed) {
        if (!section.isEmpty()) {
            String text = plain(section.getFirst());
            int colon = text.indexOf(": ");
            return colon > 0 ? text.substring(0, colon) : text;
        }
        if (!competences.isEmpty()) {
            return plain(competences.getFirst());
        }
        // Matched through a concept only (its tag, or a label in the other language): name the concept. The need's
        // own tags first, then the concepts its words name.
        List<String> concepts = new ArrayList<>(question.concepts());
        concepts.addAll(parsed.conceptUris());
        var labels = taxonomy.prefLabels(concepts);
        return concepts.stream()
                .map(labels::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(label -> label.in(LocaleContextHolder.getLocale()))
                .orElse(question.label());
    }

    /** Highlights are HTML-escaped with marks; reasons are plain text. */
    private static String plain(String highlighted) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(
                highlighted.replace("<mark>", "").replace("</mark>", ""));
    }

    private static final class Candidate {
        final UUID id;
        final String externalId;
        final String slug;
        final String name;
        final String city;
        final Double distanceKm;
        final List<Match.Reason> reasons = new ArrayList<>();
        double score;

        Candidate(UUID id, String externalId, String slug, String name, String city, Double distanceKm) {
            this.id = id;
            this.externalId = externalId;
            this.slug = slug;
            this.name = name;
            this.city = city;
            this.distanceKm = distanceKm;
        }

        Match toMatch() {
            return new Match(
                    id,
                    externalId,
                    slug,
                    name,
                    city,
                    distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0,
                    Math.round(score * 100) / 100.0,
                    List.copyOf(reasons));
        }
    }
}
