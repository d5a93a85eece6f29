package org.clusteratlas.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusteratlas.network.FederationSummary;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.News;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.project.Projects;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PortalController {

    static final String HOME_VIEW = "portal/home";
    static final String NETWORKS_VIEW = "portal/networks";
    static final String NETWORK_VIEW = "portal/network";
    static final String FEDERATION_VIEW = "portal/federation";
    static final String ABOUT_VIEW = "portal/about";

    private final Networks networks;
    private final Organizations organizations;
    private final News news;
    private final Projects projects;

    PortalController(Networks networks, Organizations organizations, News news, Projects projects) {
        this.networks = networks;
        this.organizations = organizations;
        this.news = news;
        this.projects = projects;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("federations", networks.allFederations());
        model.addAttribute("memberCounts", networks.memberCounts());
        return HOME_VIEW;
    }

    /** What ClusterAtlas is, and the attribution the open data it ships with requires (see NOTICE). */
    @GetMapping("/about")
    String about() {
        return ABOUT_VIEW;
    }

    @GetMapping("/networks")
    String networks(Model model) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("federations", networks.allFederations());
        model.addAttribute("memberCounts", networks.memberCounts());
        return NETWORKS_VIEW;
    }

    /** Networks and federations share the {@code /n/} namespace (their slugs are unique across both). */
    @GetMapping("/n/{slug}")
    String network(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            java.util.Locale locale,
            HttpServletRequest request) {
        Optional<NetworkSummary> network = networks.findBySlug(slug);
        if (network.isPresent()) {
            model.addAttribute("network", network.get());
            model.addAttribute("q", q);
            model.addAttribute("organizations", organizations.list(slug, q, page, 25));
            model.addAttribute("canManage", networks.canManage(network.get().id()));
            model.addAttribute("latestNews", news.latest(slug, 3));
            Map<String, String> federationNames = new java.util.LinkedHashMap<>();
            networks.allFederations()
                    .forEach(f -> federationNames.put(f.slug(), f.name().in(locale)));
            model.addAttribute("federationNames", federationNames);
            model.addAttribute("latestProjects", projects.latestPublic(slug, 3));
            return Htmx.view(request, NETWORK_VIEW, "results");
        }
        FederationSummary federation =
                networks.findFederation(slug).orElseThrow(() -> new NotFoundException("network"));
        List<NetworkSummary> members = networks.all().stream()
                .filter(n -> federation.networks().contains(n.slug()))
                .toList();
        model.addAttribute("federation", federation);
        model.addAttribute("members", members);
        model.addAttribute("memberCounts", networks.memberCounts());
        return FEDERATION_VIEW;
    }
}
