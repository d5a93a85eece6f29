package org.clusteratlas.crm.web;

import org.clusteratlas.crm.Segments;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link in every mail to a segment. Opening it only asks; unsubscribing takes the button: mail scanners that
 * follow links must not unsubscribe anyone.
 */
@Controller
class UnsubscribeController {

    private final Segments segments;

    UnsubscribeController(Segments segments) {
        this.segments = segments;
    }

    @GetMapping("/unsubscribe/{token}")
    String ask(@PathVariable String token, Model model) {
        model.addAttribute("network", target(token));
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "crm/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        NetworkSummary network = target(token);
        segments.unsubscribe(token);
        model.addAttribute("network", network);
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "crm/unsubscribe";
    }

    private NetworkSummary target(String token) {
        if (!token.matches("[0-9a-f]{48}")) {
            throw new NotFoundException("unsubscribe link");
        }
        return segments.unsubscribeTarget(token).orElseThrow(() -> new NotFoundException("unsubscribe link"));
    }
}
