package org.clusteratlas.organization.search;

import java.util.List;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.OrganizationKind;

/**
 * A search for organizations as the caller typed it; {@link OrganizationSearch} validates it.
 *
 * @param q the words, may be blank when {@code near} or a filter is given
 * @param near postal code, place name or "lat,lon"; blank for anywhere
 * @param radiusKm null for the default radius
 * @param networks network slugs
 * @param concepts competence concept URIs
 * @param industries NACE section codes
 * @param states federal states as the gazetteer names them
 * @param order null for the default order
 * @param federation a federation's slug: only profiles its networks share there; blank for no such limit
 */
public record OrganizationQuery(
        String q,
        String near,
        Double radiusKm,
        List<String> networks,
        List<OrganizationKind> kinds,
        List<String> concepts,
        List<String> industries,
        List<String> states,
        List<EmployeeBand> employeeBands,
        List<String> certifications,
        SearchScope scope,
        SearchOrder order,
        int page,
        int size,
        String federation) {

    public OrganizationQuery {
        q = q == null ? "" : q.strip();
        near = near == null ? "" : near.strip();
        networks = networks == null ? List.of() : List.copyOf(networks);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        industries = industries == null ? List.of() : List.copyOf(industries);
        states = states == null ? List.of() : List.copyOf(states);
        employeeBands = employeeBands == null ? List.of() : List.copyOf(employeeBands);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        scope = scope == null ? SearchScope.ORGANIZATIONS : scope;
        federation = federation == null ? "" : federation.strip();
    }

    public static OrganizationQuery text(String q) {
        return new OrganizationQuery(q, null, null, null, null, null, null, null, null, null, null, null, 0, 20, null);
    }

    public boolean hasFilters() {
        return !federation.isEmpty()
                || !networks.isEmpty()
                || !kinds.isEmpty()
                || !concepts.isEmpty()
                || !industries.isEmpty()
                || !states.isEmpty()
                || !employeeBands.isEmpty()
                || !certifications.isEmpty();
    }
}
