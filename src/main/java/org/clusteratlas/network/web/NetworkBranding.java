package org.clusteratlas.network.web;

import jakarta.servlet.http.HttpServletRequest;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page under a network's path ({@code /n/{slug}/…}) wears the network's colors: the layout links the network's
 * style sheet when this names a branded network. Pages outside a network keep the platform's colors.
 */
@ControllerAdvice(annotations = Controller.class)
class NetworkBranding {

    private final Networks networks;

    NetworkBranding(Networks networks) {
        this.networks = networks;
    }

    @ModelAttribute("branding")
    NetworkSummary branding(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/n/")) {
            return null;
        }
        int end = path.indexOf('/', 3);
        String slug = end < 0 ? path.substring(3) : path.substring(3, end);
        if (slug.isEmpty() || path.endsWith(".css")) {
            return null;
        }
        return networks.findBySlug(slug).filter(NetworkSummary::isBranded).orElse(null);
    }
}
