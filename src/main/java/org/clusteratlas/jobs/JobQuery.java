package org.clusteratlas.jobs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A job search: free text (German or English), a radius around a postal code or place, facet filters and the order.
 * The same parameters name it on the page, in the API, in feeds and in alerts.
 *
 * @param organizations organization ids
 * @param networks network slugs
 * @param skills concept URIs
 * @param sort RELEVANCE (default with text) or DATE (newest first, default without text)
 */
public record JobQuery(
        String q,
        String near,
        Double radiusKm,
        List<JobKind> kinds,
        List<String> skills,
        List<String> organizations,
        List<String> networks,
        List<RemoteOption> remote,
        Order sort,
        int page,
        int size) {

    public enum Order {
        RELEVANCE,
        DATE
    }

    public JobQuery {
        q = q == null ? "" : q.strip();
        near = near == null ? "" : near.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        skills = skills == null ? List.of() : List.copyOf(skills);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        networks = networks == null ? List.of() : List.copyOf(networks);
        remote = remote == null ? List.of() : List.copyOf(remote);
    }

    public static JobQuery all() {
        return new JobQuery("", "", null, null, null, null, null, null, Order.DATE, 0, 20);
    }

    /**
     * The query of a URL's query string ({@code q=…&near=…&kind=APPRENTICESHIP}); unknown enum values throw
     * {@link IllegalArgumentException}.
     */
    public static JobQuery parse(String queryString) {
        String text = queryString == null ? "" : queryString.strip();
        if (text.startsWith("?")) {
            text = text.substring(1);
        }
        MultiValueMap<String, String> raw =
                UriComponentsBuilder.newInstance().query(text).build().getQueryParams();
        Function<String, List<String>> all = key -> raw.getOrDefault(key, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8))
                .toList();
        Function<String, String> one =
                key -> all.apply(key).stream().findFirst().orElse(null);
        String radius = one.apply("radiusKm");
        String sort = one.apply("sort");
        String page = one.apply("page");
        return new JobQuery(
                one.apply("q"),
                one.apply("near"),
                radius == null ? null : Double.valueOf(radius),
                all.apply("kind").stream().map(JobKind::valueOf).toList(),
                all.apply("skill"),
                all.apply("organization"),
                all.apply("network"),
                all.apply("remote").stream().map(RemoteOption::valueOf).toList(),
                sort == null ? null : Order.valueOf(sort),
                page == null ? 0 : Integer.parseInt(page),
                20);
    }

    /** The query as URL parameters, without the page: for alerts, feeds and links. */
    public String toQueryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (!q.isEmpty()) {
            b.queryParam("q", q);
        }
        if (!near.isEmpty()) {
            b.queryParam("near", near);
        }
        if (radiusKm != null) {
            b.queryParam("radiusKm", radiusKm.intValue());
        }
        kinds.forEach(k -> b.queryParam("kind", k.name()));
        skills.forEach(s -> b.queryParam("skill", s));
        organizations.forEach(o -> b.queryParam("organization", o));
        networks.forEach(n -> b.queryParam("network", n));
        remote.forEach(r -> b.queryParam("remote", r.name()));
        if (sort != null) {
            b.queryParam("sort", sort.name());
        }
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    public boolean hasFilters() {
        return !kinds.isEmpty()
                || !skills.isEmpty()
                || !organizations.isEmpty()
                || !networks.isEmpty()
                || !remote.isEmpty();
    }
}
