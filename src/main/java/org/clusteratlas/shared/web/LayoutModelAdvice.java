package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.clusteratlas.shared.AtlasProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: links that switch the language but keep the visitor on the current page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

    private final AtlasProperties properties;

    LayoutModelAdvice(AtlasProperties properties) {
        this.properties = properties;
    }

    /** The public address of the platform, for canonical links and alternates. */
    @ModelAttribute("siteUrl")
    String siteUrl() {
        return properties.baseUrl();
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request, Locale locale) {
        return new LanguageLinks(
                switchTo(request, "de"), switchTo(request, "en"), locale.getLanguage(), request.getRequestURI());
    }

    private static String switchTo(HttpServletRequest request, String language) {
        // Only GET pages can be revisited; after a POST the language switch leads to the page's GET address.
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    /**
     * @param de the current page in German
     * @param en the current page in English
     * @param current the language of this response ("de" or "en")
     * @param path the current path, for marking the active navigation entry
     */
    public record LanguageLinks(String de, String en, String current, String path) {}
}
