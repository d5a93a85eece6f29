package org.clusteratlas.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.NeedStatus;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.organization.search.Match;
import org.clusteratlas.organization.search.MatchScope;
import org.clusteratlas.organization.search.Matchmaking;
import org.clusteratlas.organization.search.OrganizationQuery;
import org.clusteratlas.organization.search.OrganizationResults;
import org.clusteratlas.organization.search.OrganizationSearch;
import org.clusteratlas.organization.search.SearchOrder;
import org.clusteratlas.organization.search.SearchScope;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.clusteratlas.shared.web.MapProperties;
import org.clusteratlas.taxonomy.Industries;
import org.clusteratlas.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search pages: free search with place, facets, list and map; matchmaking (partners for our needs, leads for our
 * offers) for one organization; and the entry point to matchmaking for the organizations a person edits. Each page
 * is one htmx handler: the same request answers the whole page, or only its results when htmx asks.
 */
@Controller
class SearchWebController {

    static final String SEARCH_VIEW = "organization/search";
    static final String MATCHES_VIEW = "organization/matches";
    static final String MY_MATCHES_VIEW = "organization/my-matches";

    static final int PAGE_SIZE = 20;
    static final int MATCH_SIZE = 20;

    /** The radii the select offers; a shared link may carry another valid one, which is then offered too. */
    static final List<Integer> RADII = List.of(10, 25, 30, 50, 100, 200);

    /** Facets in the order the page shows them; each name is also the request parameter of its filter. */
    static final List<String> FACETS =
            List.of("kind", "network", "concept", "industry", "state", "employeeBand", "certification");

    private final OrganizationSearch search;
    private final Matchmaking matchmaking;
    private final Organizations organizations;
    private final Networks networks;
    private final Taxonomy taxonomy;
    private final Industries industries;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final MapProperties map;

    SearchWebController(
            OrganizationSearch search,
            Matchmaking matchmaking,
            Organizations organizations,
            Networks networks,
            Taxonomy taxonomy,
            Industries industries,
            CurrentUsers currentUsers,
            MessageSource messages,
            MapProperties map) {
        this.search = search;
        this.matchmaking = matchmaking;
        this.organizations = organizations;
        this.networks = networks;
        this.taxonomy = taxonomy;
        this.industries = industries;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.map = map;
    }

    /**
     * The search form as the browser sends it (htmx or a plain GET); parameter names are those of the search API, so
     * a page address and an API call read alike.
     */
    record SearchForm(
            String q,
            String near,
            Double radiusKm,
            List<String> network,
            List<OrganizationKind> kind,
            List<String> concept,
            List<String> industry,
            List<String> state,
            List<EmployeeBand> employeeBand,
            List<String> certification,
            SearchScope scope,
            SearchOrder sort,
            Integer page,
            String federation) {

        SearchForm {
            federation = federation == null ? "" : federation.strip();
            q = q == null ? "" : q;
            near = near == null ? "" : near;
            network = clean(network);
            kind = kind == null
                    ? List.of()
                    : kind.stream().filter(v -> v != null).distinct().toList();
            concept = clean(concept);
            industry = clean(industry);
            state = clean(state);
            employeeBand = employeeBand == null
                    ? List.of()
                    : employeeBand.stream().filter(v -> v != null).distinct().toList();
            certification = clean(certification);
            scope = scope == null ? SearchScope.ORGANIZATIONS : scope;
            page = page == null || page < 0 ? 0 : page;
        }

        private static List<String> clean(List<String> values) {
            return values == null
                    ? List.of()
                    : values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .distinct()
                            .toList();
        }

        /** The selected values of a facet, as the strings the page and the facet counts use. */
        List<String> selected(String facet) {
            return switch (facet) {
                case "kind" -> kind.stream().map(Enum::name).toList();
                case "network" -> network;
                case "concept" -> concept;
                case "industry" -> industry;
                case "state" -> state;
                case "employeeBand" -> employeeBand.stream().map(Enum::name).toList();
                case "certification" -> certification;
                default -> throw new IllegalArgumentException(facet);
            };
        }

        int radiusOrDefault() {
            return radiusKm == null ? (int) OrganizationSearch.DEFAULT_RADIUS_KM : (int) Math.round(radiusKm);
        }
    }

    /**
     * One checkbox of a facet; {@code count} is null for a selected value that no longer occurs in the result. The id
     * follows the value, not its position: htmx puts the focus back on the element with the same id after a swap, and
     * the order of the values changes with the counts.
     */
    record FacetValue(String id, String value, String label, Long count, boolean selected) {

        static FacetValue of(String facet, String value, String label, Long count, boolean selected) {
            return new FacetValue(
                    "facet-" + facet + "-" + HexFormat.of().toHexDigits(value.hashCode()),
                    value,
                    label,
                    count,
                    selected);
        }
    }

    /** A facet: its parameter name and its values, most frequent first. */
    record FacetGroup(String name, List<FacetValue> values) {}

    @GetMapping("/search")
    String search(
            @ModelAttribute("form") SearchForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        OrganizationResults results = null;
        if (binding.hasErrors()) {
            // A hand-edited or outdated address (an unknown kind, a radius that is no number): say so, search nothing.
            // A failed conversion leaves no form at all, so the page keeps at least the words and the place.
            form = new SearchForm(
                    request.getParameter("q"),
                    request.getParameter("near"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    request.getParameter("federation"));
            model.addAttribute("form", form);
            binding.getFieldErrors()
                    .forEach(error -> fieldErrors.merge(
                            error.getField(),
                            messages.getMessage("search.error.invalid-value", null, locale),
                            (a, b) -> a));
        } else {
            OrganizationQuery query = new OrganizationQuery(
                    form.q(),
                    form.near(),
                    form.radiusKm(),
                    form.network(),
                    form.kind(),
                    form.concept(),
                    form.industry(),
                    form.state(),
                    form.employeeBand(),
                    form.certification(),
                    form.scope(),
                    form.sort(),
                    form.page(),
                    PAGE_SIZE,
                    form.federation());
            try {
                results = search.search(query, currentUsers.current(), true);
            } catch (ValidationFailedException invalid) {
                for (FieldMessage error : invalid.errors()) {
                    fieldErrors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
                }
            }
        }
        for (String field : List.copyOf(fieldErrors.keySet())) {
            if (!Set.of("q", "near", "radiusKm").contains(field)) {
                otherErrors.add(fieldErrors.remove(field));
            }
        }
        if (results == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("results", results);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("otherErrors", otherErrors);
        model.addAttribute("radius", form.radiusOrDefault());
        model.addAttribute("radii", radii(form.radiusOrDefault()));
        model.addAttribute("scopes", SearchScope.values());
        model.addAttribute("orders", SearchOrder.values());
        model.addAttribute("facets", results == null ? List.of() : facets(results, form, locale));
        model.addAttribute("map", map);
        model.addAttribute("htmxRequest", Htmx.isHtmxRequest(request));
        // In a federation's atlas each hit names its network(s), linked to the network's own pages.
        model.addAttribute(
                "federation",
                form.federation().isEmpty()
                        ? null
                        : networks.findFederation(form.federation()).orElse(null));
        Map<String, String> networkNames = new LinkedHashMap<>();
        networks.all().forEach(n -> networkNames.put(n.slug(), n.name().in(locale)));
        model.addAttribute("networkNames", networkNames);
        if (results != null) {
            model.addAttribute("previousUrl", results.page() > 0 ? pageUrl(request, results.page() - 1) : null);
            model.addAttribute(
                    "nextUrl", results.page() + 1 < results.pageCount() ? pageUrl(request, results.page() + 1) : null);
            model.addAttribute(
                    "mapped", results.hits().stream().anyMatch(h -> h.latitude() != null && h.longitude() != null));
        }
        return Htmx.view(request, SEARCH_VIEW, "results");
    }

    private static List<Integer> radii(int current) {
        Set<Integer> radii = new java.util.TreeSet<>(RADII);
        if (current > 0 && current <= OrganizationSearch.MAX_RADIUS_KM) {
            radii.add(current);
        }
        return List.copyOf(radii);
    }

    /** The same search on another page; every other parameter stays as the visitor chose it. */
    private static String pageUrl(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    private List<FacetGroup> facets(OrganizationResults results, SearchForm form, Locale locale) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String facet : FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>(results.facets().getOrDefault(facet, Map.of()));
            List<String> selected = form.selected(facet);
            Set<String> values = new LinkedHashSet<>(counts.keySet());
            // A chosen value stays on the page (checked) even when the result no longer counts it, so it can be undone.
            values.addAll(selected);
            if (values.isEmpty()) {
                continue;
            }
            Function<String, String> label = labels(facet, values, locale);
            groups.add(new FacetGroup(
                    facet,
                    values.stream()
                            .map(v -> FacetValue.of(facet, v, label.apply(v), counts.get(v), selected.contains(v)))
                            .toList()));
        }
        return groups;
    }

    private Function<String, String> labels(String facet, Set<String> values, Locale locale) {
        return switch (facet) {
            case "kind" -> v -> messages.getMessage("organization.kind." + v, null, v, locale);
            case "employeeBand" -> v -> messages.getMessage("organization.employee-band." + v, null, v, locale);
            case "network" -> {
                Map<String, String> names = new LinkedHashMap<>();
                for (NetworkSummary n : networks.all()) {
                    names.put(n.slug(), n.name().in(locale));
                }
                yield v -> names.getOrDefault(v, v);
            }
            case "concept" -> {
                Map<String, LocalizedText> names = taxonomy.prefLabels(values);
                yield v -> names.containsKey(v) ? names.get(v).in(locale) : v;
            }
            case "industry" ->
                v -> {
                    LocalizedText title = industries.title(v);
                    return title == null ? v : v + " – " + title.in(locale);
                };
            default -> v -> v;
        };
    }

    /** What a matchmaking page shows: partners for our needs, or organizations that need what we offer. */
    enum MatchMode {
        MATCHES,
        LEADS
    }

    @GetMapping("/o/{slug}/matches")
    String matches(
            @PathVariable String slug,
            @RequestParam(required = false) MatchScope scope,
            @RequestParam(defaultValue = "50") double radiusKm,
            Model model,
            HttpServletRequest request) {
        return matchPage(slug, MatchMode.MATCHES, scope, radiusKm, model, request);
    }

    @GetMapping("/o/{slug}/leads")
    String leads(
            @PathVariable String slug,
            @RequestParam(required = false) MatchScope scope,
            @RequestParam(defaultValue = "50") double radiusKm,
            Model model,
            HttpServletRequest request) {
        return matchPage(slug, MatchMode.LEADS, scope, radiusKm, model, request);
    }

    private String matchPage(
            String slug, MatchMode mode, MatchScope scope, double radiusKm, Model model, HttpServletRequest request) {
        OrganizationDetails organization =
                organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
        Matchmaking.Options options = new Matchmaking.Options(scope, radiusKm, MATCH_SIZE);
        CurrentUser user = currentUsers.current();
        List<Match> found = mode == MatchMode.MATCHES
                ? matchmaking.matches(organization.id(), options, user)
                : matchmaking.leads(organization.id(), options, user);
        model.addAttribute("organization", organization);
        model.addAttribute("mode", mode.name());
        model.addAttribute("matches", found);
        model.addAttribute("scope", options.scope());
        model.addAttribute("scopes", MatchScope.values());
        model.addAttribute("radiusKm", (int) Math.round(options.radiusKm()));
        model.addAttribute("radii", radii((int) Math.round(options.radiusKm())));
        model.addAttribute("openNeeds", openNeeds(organization.data()));
        model.addAttribute("offers", organization.data().offers());
        model.addAttribute(
                "located",
                organization.data().address() != null
                        && organization.data().address().location() != null);
        return Htmx.view(request, MATCHES_VIEW, "matches");
    }

    static List<OrganizationData.Entry> openNeeds(OrganizationData data) {
        return data.needs().stream()
                .filter(need -> need.status() != NeedStatus.FULFILLED)
                .toList();
    }

    /** One organization the person edits, with the matchmaking pages that have something to work with. */
    record EditedOrganization(String slug, String name, boolean hasOpenNeeds, boolean hasOffers) {}

    @GetMapping("/account/matches")
    String myMatches(Model model) {
        CurrentUser user = currentUsers.current();
        List<EditedOrganization> edited = new ArrayList<>();
        for (UUID id : user.editableOrganizations()) {
            try {
                OrganizationDetails o = organizations.get(id);
                edited.add(new EditedOrganization(
                        o.slug(),
                        o.data().name(),
                        !openNeeds(o.data()).isEmpty(),
                        !o.data().offers().isEmpty() || !o.data().competences().isEmpty()));
            } catch (NotFoundException deletedMeanwhile) {
                // The editor assignment outlived the organization for this request; nothing to link to.
            }
        }
        edited.sort(Comparator.comparing(EditedOrganization::name, String.CASE_INSENSITIVE_ORDER));
        model.addAttribute("organizations", edited);
        return MY_MATCHES_VIEW;
    }
}
