package org.clusteratlas.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.AdmissionRules;
import org.clusteratlas.membership.AdmissionRulesView;
import org.clusteratlas.membership.Admissions;
import org.clusteratlas.membership.ApplicationView;
import org.clusteratlas.membership.Memberships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A network's admission rules and its applications with their evaluation, for the network's office and platform
 * admins. Another network's office is refused (403) for a network's rules and list, and gets 404 for a single
 * application, like the membership records.
 */
@Tag(name = "Admission", description = "Admission rules per network and the applications checked against them")
@RestController
@RequestMapping("/api/v1")
class AdmissionApiController {

    private final Admissions admissions;
    private final Memberships memberships;

    AdmissionApiController(Admissions admissions, Memberships memberships) {
        this.admissions = admissions;
        this.memberships = memberships;
    }

    @Operation(
            summary = "A network's admission rules",
            description = "The founding rules (every kind, companies up to 249 employees, no chains or groups) while"
                    + " the office has set none; then founding is false.")
    @GetMapping("/admission-rules/{network}")
    AdmissionRulesView get(@PathVariable String network) {
        return admissions.get(network);
    }

    @Operation(
            summary = "Replace a network's admission rules",
            description = "The whole rule set. Refused with field errors (RFC 9457, 400) when it would admit nobody:"
                    + " no kind allowed, a postal range that is not two five-digit codes or whose start lies after"
                    + " its end, an unknown federal state, a maximum below 1 employee; also for documents without"
                    + " a German name or named twice. Document codes are derived from the German names.")
    @PutMapping("/admission-rules/{network}")
    AdmissionRulesView replace(@PathVariable String network, @RequestBody AdmissionRules rules) {
        return admissions.replace(network, rules);
    }

    @Operation(
            summary = "A network's membership applications with the evaluation against its rules",
            description = "Pending first (oldest first), then decided (latest first). Explanations in the language of"
                    + " the request (Accept-Language or ?lang=).")
    @GetMapping("/membership-applications")
    List<ApplicationView> applications(@RequestParam String network) {
        return memberships.list(network);
    }

    @Operation(summary = "One membership application with the evaluation against its network's rules")
    @GetMapping("/membership-applications/{id}")
    ApplicationView application(@PathVariable UUID id) {
        return memberships.get(id);
    }
}
