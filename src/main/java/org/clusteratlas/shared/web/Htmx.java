package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One handler per view: the same handler answers the whole page, or only the fragment htmx asked for. The full page
 * includes that fragment, so the markup exists once and every link works without JavaScript.
 */
public final class Htmx {

    private Htmx() {}

    /** True when htmx sent the request (and so wants a fragment, not a page). */
    public static boolean isHtmxRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The view to render: {@code page :: fragment} for htmx, else the page. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmxRequest(request) ? page + " :: " + fragment : page;
    }
}
