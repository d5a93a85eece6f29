package org.clusteratlas.crm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.ContactView;
import org.clusteratlas.crm.Contacts;
import org.clusteratlas.crm.NetworkRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact persons of a network's members, for its office. Another network's list is refused (403), one of its
 * persons not found (404). The persons are edited in their organizations' profiles; here the office records their
 * roles in the network.
 */
@Tag(name = "Contacts", description = "Contact persons of a network's members and their roles in the network")
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final Contacts contacts;

    ContactApiController(Contacts contacts) {
        this.contacts = contacts;
    }

    /** The roles a person holds in the network. */
    record Roles(List<NetworkRole> roles) {}

    @Operation(summary = "The network's contact persons, one entry per person, filtered by text and network role")
    @GetMapping
    List<ContactView> list(
            @RequestParam String network,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) NetworkRole role) {
        return contacts.list(network, q, role);
    }

    @Operation(summary = "One contact person, by any of their contact entries")
    @GetMapping("/{id}")
    ContactView get(@PathVariable UUID id) {
        return contacts.get(id);
    }

    @Operation(summary = "Set the person's roles in the network (curator, technology ambassador, board member, …)")
    @PutMapping("/{id}/network-roles")
    ContactView setRoles(@PathVariable UUID id, @RequestBody Roles body) {
        return contacts.setRoles(id, body.roles() == null ? List.of() : body.roles());
    }
}
