package org.clusteratlas.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.organization.search.SearchAlert;
import org.clusteratlas.organization.search.SearchAlertService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's alerts: saved searches and subscriptions to new matches or leads, mailed as a daily digest. */
@Tag(name = "Alerts", description = "Saved searches and match alerts of the signed-in person")
@RestController
@RequestMapping("/api/v1/me/alerts")
class AlertApiController {

    private final SearchAlertService alerts;
    private final CurrentUsers currentUsers;

    AlertApiController(SearchAlertService alerts, CurrentUsers currentUsers) {
        this.alerts = alerts;
        this.currentUsers = currentUsers;
    }

    /**
     * @param query for SEARCH: the search's query parameters as on the search page or the search API
     * @param organizationId for MATCHES and LEADS: an organization the caller edits
     */
    record NewAlert(SearchAlert.Kind kind, String name, String query, UUID organizationId) {}

    @Operation(summary = "The caller's alerts")
    @GetMapping
    List<SearchAlertService.AlertView> list() {
        return alerts.mine(currentUsers.current());
    }

    @Operation(
            summary = "Subscribe to a saved search (kind SEARCH) or to new matches / leads of an organization",
            description = "The digest mail lists what is new since the previous one. At most "
                    + SearchAlertService.MAX_ALERTS_PER_ACCOUNT + " alerts per person.")
    @PostMapping(consumes = "application/json")
    ResponseEntity<SearchAlertService.AlertView> create(@RequestBody NewAlert alert) {
        SearchAlertService.AlertView created = alerts.create(
                currentUsers.current(), alert.kind(), alert.name(), alert.query(), alert.organizationId());
        return ResponseEntity.created(URI.create("/api/v1/me/alerts/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Unsubscribe")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        alerts.delete(currentUsers.current(), id);
        return ResponseEntity.noContent().build();
    }
}
