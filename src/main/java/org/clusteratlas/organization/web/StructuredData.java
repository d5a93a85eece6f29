package org.clusteratlas.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.ValueChainRole;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for a profile page, so search engines understand it as an organization with an address, a
 * position and competences. Built from what the visitor may see anyway.
 */
final class StructuredData {

    private StructuredData() {}

    static String of(OrganizationDetails organization, String siteUrl, Locale locale, JsonMapper json) {
        OrganizationData data = organization.data();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", type(data));
        ld.put("@id", siteUrl + "/o/" + organization.slug());
        ld.put("name", data.name());
        ld.put("mainEntityOfPage", siteUrl + "/o/" + organization.slug());
        String description = data.description().toText().in(locale);
        if (description != null) {
            ld.put("description", description);
        }
        if (data.website() != null) {
            ld.put("url", data.website());
        }
        if (organization.logoUrl() != null) {
            ld.put("logo", siteUrl + organization.logoUrl());
        }
        OrganizationData.Address address = data.address();
        if (address != null) {
            Map<String, Object> postal = new LinkedHashMap<>();
            postal.put("@type", "PostalAddress");
            putIfPresent(postal, "streetAddress", address.street());
            putIfPresent(postal, "postalCode", address.postalCode());
            putIfPresent(postal, "addressLocality", address.city());
            postal.put("addressCountry", address.country());
            ld.put("address", postal);
            if (address.location() != null) {
                ld.put(
                        "geo",
                        Map.of(
                                "@type", "GeoCoordinates",
                                "latitude", address.location().lat(),
                                "longitude", address.location().lon()));
            }
        }
        if (!data.competences().isEmpty()) {
            ld.put("knowsAbout", data.competences());
        }
        if (data.foundingYear() != null) {
            ld.put("foundingDate", String.valueOf(data.foundingYear()));
        }
        if (data.employees() != null) {
            ld.put("numberOfEmployees", Map.of("@type", "QuantitativeValue", "value", data.employees()));
        }
        return scriptSafe(json.writeValueAsString(ld));
    }

    /** The trail home → organizations → this profile, as schema.org BreadcrumbList. */
    static String breadcrumbs(
            OrganizationDetails organization, String siteUrl, String homeName, String listName, JsonMapper json) {
        List<Map<String, Object>> items = List.of(
                crumb(1, homeName, siteUrl + "/"),
                crumb(2, listName, siteUrl + "/organizations"),
                crumb(3, organization.data().name(), siteUrl + "/o/" + organization.slug()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BreadcrumbList");
        ld.put("itemListElement", items);
        return scriptSafe(json.writeValueAsString(ld));
    }

    /** NOTE: "<" is written as \\u003c, so that no text typed by a member can close the script element. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    /** LocalBusiness where the platform's city portal sells or serves locally, else the kind's schema.org type. */
    private static String type(OrganizationData data) {
        if (data.valueChainRoles().stream()
                .anyMatch(r -> List.of(ValueChainRole.RETAIL, ValueChainRole.GASTRONOMY, ValueChainRole.CRAFT)
                        .contains(r))) {
            return "LocalBusiness";
        }
        return switch (data.kind()) {
            case UNIVERSITY -> "CollegeOrUniversity";
            case RESEARCH_INSTITUTE -> "ResearchOrganization";
            case ASSOCIATION, SOCIAL_INSTITUTION -> "NGO";
            case PUBLIC_BODY -> "GovernmentOrganization";
            case COMPANY, OTHER -> "Organization";
        };
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
