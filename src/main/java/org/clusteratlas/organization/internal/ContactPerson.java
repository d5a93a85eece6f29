package org.clusteratlas.organization.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.organization.search.SearchAnalysis;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A contact person of an organization. Kept with a stable id across updates so later CRM records can refer to it.
 * Indexed on its own for "who is the right person to talk to", with a copy of what the visibility rules need from its
 * organization.
 */
@Entity
@Table(name = "organization_contact")
@Indexed(index = "contact")
public class ContactPerson {

    @Id
    private UUID id;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 200)
    @FullTextField(
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "role_en", analyzer = SearchAnalysis.ENGLISH)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @ElementCollection
    @CollectionTable(name = "organization_contact_topic", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "topic", nullable = false, length = 100)
    @FullTextField(
            analyzer = SearchAnalysis.GERMAN,
            searchAnalyzer = SearchAnalysis.GERMAN_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "topics_en", analyzer = SearchAnalysis.ENGLISH)
    private List<String> topics = new ArrayList<>();

    /** Read-only: the organization's list owns the join column. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    @IndexedEmbedded(
            includePaths = {
                "key",
                "name",
                "name_en",
                "externalId",
                "slug",
                "visibility",
                "status",
                "networks",
                "federation_shared",
                "contacts_level",
                "competences",
                "competences_en"
            })
    private Organization organization;

    protected ContactPerson() {}

    /**
     * The organization is set here although its list owns the join column: the search index embeds the organization
     * into the contact's document, and it must be there already when the new contact is indexed in the same
     * transaction.
     */
    @Column(length = 40)
    private String mobile;

    @ElementCollection
    @CollectionTable(name = "organization_contact_language", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "language", nullable = false, length = 2)
    private List<String> languages = new ArrayList<>();

    public ContactPerson(UUID id, Organization organization) {
        this.id = id;
        this.organization = organization;
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

    /** Mobile number and spoken languages, besides what {@link #describe} sets. */
    public void reach(String mobile, List<String> languages) {
        this.mobile = mobile;
        if (!this.languages.equals(languages)) {
            this.languages.clear();
            this.languages.addAll(languages);
        }
    }

    public String getMobile() {
        return mobile;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public UUID getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
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

    @Transient
    @FullTextField(
            name = "fullName",
            analyzer = SearchAnalysis.PREFIX,
            searchAnalyzer = SearchAnalysis.PREFIX_QUERY,
            projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "firstName")),
                @ObjectPath(@PropertyValue(propertyName = "lastName"))
            })
    public String getFullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    @Transient
    @KeywordField(name = "key", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate.NO)
    public String getKey() {
        return id.toString();
    }
}
