package org.clusteratlas.organization.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A contact person of an organization. Kept with a stable id across updates so later CRM records can refer to it. */
@Entity
@Table(name = "organization_contact")
public class ContactPerson {

    @Id
    private UUID id;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 200)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @ElementCollection
    @CollectionTable(name = "organization_contact_topic", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "topic", nullable = false, length = 100)
    private List<String> topics = new ArrayList<>();

    protected ContactPerson() {}

    public ContactPerson(UUID id) {
        this.id = id;
    }

    public void describe(
            String firstName, String lastName, String role, String email, String phone, List<String> topics) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.email = email;
        this.phone = phone;
        this.topics.clear();
        this.topics.addAll(topics);
    }

    public UUID getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public List<String> getTopics() {
        return topics;
    }
}
