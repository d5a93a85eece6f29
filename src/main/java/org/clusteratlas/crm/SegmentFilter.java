package org.clusteratlas.crm;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.membership.MembershipStatus;

/**
 * A segment of a network's members: all filters are optional and combine with "and". Without a status, terminated
 * memberships are left out (they are history, not members).
 *
 * @param q part of the name or of a competence
 * @param type a membership type code
 * @param tag a tag's id
 * @param region the start of the postal code ("67" for the Westpfalz, "6765" for a part of Kaiserslautern)
 * @param notContactedSince members the office has not dealt with since this day (or never)
 */
public record SegmentFilter(
        String q, MembershipStatus status, String type, UUID tag, String region, LocalDate notContactedSince) {

    public static final SegmentFilter ALL = new SegmentFilter(null, null, null, null, null, null);

    public SegmentFilter {
        q = blankToNull(q);
        type = blankToNull(type);
        region = blankToNull(region);
    }

    /** The filter as a query string (what the member list's address and a saved filter hold). */
    public String toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("status", status == null ? null : status.name());
        values.put("type", type);
        values.put("tag", tag == null ? null : tag.toString());
        values.put("region", region);
        values.put("notContactedSince", notContactedSince == null ? null : notContactedSince.toString());
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads a query string written by {@link #toQuery()}; what it cannot read it leaves out. */
    public static SegmentFilter parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        MembershipStatus status = null;
        try {
            status = values.get("status") == null ? null : MembershipStatus.valueOf(values.get("status"));
        } catch (IllegalArgumentException ignored) {
            // an old or edited query: the filter shows everything instead of failing
        }
        UUID tag = null;
        try {
            tag = values.get("tag") == null ? null : UUID.fromString(values.get("tag"));
        } catch (IllegalArgumentException ignored) {
            // as above
        }
        LocalDate since = null;
        try {
            since = values.get("notContactedSince") == null ? null : LocalDate.parse(values.get("notContactedSince"));
        } catch (DateTimeParseException ignored) {
            // as above
        }
        return new SegmentFilter(values.get("q"), status, values.get("type"), tag, values.get("region"), since);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
