package org.clusteratlas.shared.web;

import java.util.function.LongSupplier;
import org.clusteratlas.shared.ConflictException;

/**
 * Optimistic locking over HTTP: a record's version travels as its ETag, and a change names the version it is based on
 * in {@code If-Match}. A change without {@code If-Match} is based on the current version (last write wins), which is
 * what simple scripts expect; one with a stale or foreign tag is refused with 409 instead of overwriting.
 */
public final class Etags {

    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its version as ETag. */
    public static <T> org.springframework.http.ResponseEntity<T> ok(long version, T body) {
        return org.springframework.http.ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 with the new record's address, the record and its version as ETag. */
    public static <T> org.springframework.http.ResponseEntity<T> created(String location, long version, T body) {
        return org.springframework.http.ResponseEntity.created(java.net.URI.create(location))
                .eTag(of(version))
                .body(body);
    }

    /** The version named by If-Match, or the current one when the caller sent none (or "*"). */
    public static long version(String ifMatch, LongSupplier current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return current.getAsLong();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // An ETag this API never issued cannot match.
            throw new ConflictException("error.conflict");
        }
    }
}
