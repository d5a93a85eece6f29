package org.clusteratlas.shared.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The result map of the search page. Tiles are loaded by the visitor's browser straight from the tile server, so the
 * Content Security Policy must allow exactly that server for images ({@link #imageSource()}); nothing else is opened.
 *
 * @param tileUrl Leaflet tile URL template ({@code {z}/{x}/{y}}, optionally {@code {s}} for subdomains); blank for a
 *     map with markers but without tiles — the default, so that no page makes a third-party request until the
 *     operator chooses a tile server (and its terms of use)
 * @param attribution shown in the map's corner, as the tile server's licence requires; HTML allowed (it is the
 *     operator's configuration, never user input)
 */
@Validated
@ConfigurationProperties("atlas.map")
public record MapProperties(
        @NotNull @Size(max = 500) @DefaultValue("") String tileUrl,

        @NotNull
        @Size(max = 1000)
        @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")
        String attribution) {

    /** https or http, a host (whose first label may be the subdomain placeholder), then a path with z, x and y. */
    private static final Pattern TEMPLATE = Pattern.compile(
            "https?://(\\{s}\\.)?[a-zA-Z0-9.-]+(:\\d{1,5})?/[^\\s\"'<>]*\\{z}[^\\s\"'<>]*\\{x}[^\\s\"'<>]*\\{y}[^\\s\"'<>]*");

    public MapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    public boolean hasTiles() {
        return !tileUrl.isEmpty();
    }

    /**
     * A start-up failure is better than a map that silently loads nothing: a template the CSP cannot be derived from
     * (another placeholder in the host, a data: or javascript: address) is refused.
     */
    @AssertTrue(message = "atlas.map.tile-url must be blank or an http(s) tile template with {z}, {x} and {y}")
    public boolean isTileUrlValid() {
        return !hasTiles() || TEMPLATE.matcher(tileUrl).matches();
    }

    /**
     * The CSP source expression of the tile server ({@code https://tile.openstreetmap.org}; {@code {s}.} becomes a
     * wildcard subdomain); empty without tiles.
     */
    public Optional<String> imageSource() {
        if (!hasTiles() || !isTileUrlValid()) {
            return Optional.empty();
        }
        String template = tileUrl.replace("{s}.", "subdomain-placeholder.");
        URI uri = URI.create(template.substring(0, template.indexOf('/', template.indexOf("://") + 3)));
        String host = uri.getHost().toLowerCase(Locale.ROOT).replace("subdomain-placeholder.", "*.");
        return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
