package org.clusteratlas.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.clusteratlas.privacy.Consent;
import org.clusteratlas.privacy.Privacy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDPR requests and consent records. Export and erasure are POSTs (the address travels in the body, not in logs of
 * URLs) and for platform admins; consents for offices (their network's) and admins.
 */
@Tag(name = "Privacy", description = "Consent records, export and erasure of a person's data (GDPR)")
@RestController
@RequestMapping("/api/v1/privacy")
class PrivacyApiController {

    private final Privacy privacy;

    PrivacyApiController(Privacy privacy) {
        this.privacy = privacy;
    }

    /** Whom a request is about, and why (for erasure). */
    record Request(String email, String reason) {}

    @Operation(summary = "Everything stored about a person, by e-mail address (Art. 15 GDPR)")
    @PostMapping("/export")
    Map<String, Object> export(@RequestBody Request request) {
        return privacy.export(request.email());
    }

    @Operation(
            summary = "Erase a person's data (Art. 17 GDPR)",
            description = "Anonymizes the person in every module in one transaction; statistics stay consistent,"
                    + " consent records stay as proof. Answers how many records were changed per area.")
    @PostMapping("/erasure")
    Map<String, Integer> erase(@RequestBody Request request) {
        return privacy.erase(request.email(), request.reason());
    }

    @Operation(summary = "Consent records about an address, newest first")
    @GetMapping("/consents")
    List<Consent> consents(@RequestParam String email) {
        return privacy.consents(email);
    }

    @Operation(summary = "Record a consent given or withdrawn (network: its office; none: platform admins)")
    @PostMapping("/consents")
    ResponseEntity<Consent> record(@RequestBody Consent consent) {
        return ResponseEntity.status(201).body(privacy.record(consent));
    }
}
