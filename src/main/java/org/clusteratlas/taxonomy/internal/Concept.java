package org.clusteratlas.taxonomy.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A SKOS concept of the competence scheme. */
@Entity
@Table(name = "taxonomy_concept")
public class Concept extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 300)
    private String uri;

    @Column(name = "pref_label_de", nullable = false, length = 200)
    private String prefLabelDe;

    @Column(name = "pref_label_en", nullable = false, length = 200)
    private String prefLabelEn;

    @Column(name = "definition_de", length = 2000)
    private String definitionDe;

    @Column(name = "definition_en", length = 2000)
    private String definitionEn;

    @Column(name = "top_concept", nullable = false)
    private boolean topConcept;

    @ElementCollection
    @CollectionTable(name = "taxonomy_alt_label", joinColumns = @JoinColumn(name = "concept_id"))
    @OrderColumn(name = "sort_order")
    private List<AltLabel> altLabels = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "taxonomy_broader",
            joinColumns = @JoinColumn(name = "concept_id"),
            inverseJoinColumns = @JoinColumn(name = "broader_id"))
    private Set<Concept> broader = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "taxonomy_related",
            joinColumns = @JoinColumn(name = "concept_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<Concept> related = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Concept() {}

    public Concept(String uri) {
        this.id = UUID.randomUUID();
        this.uri = uri;
        this.updatedAt = Instant.now();
    }

    public void describe(
            String prefLabelDe,
            String prefLabelEn,
            String definitionDe,
            String definitionEn,
            boolean topConcept,
            List<AltLabel> altLabels) {
        this.prefLabelDe = prefLabelDe.strip();
        this.prefLabelEn = prefLabelEn.strip();
        this.definitionDe = blankToNull(definitionDe);
        this.definitionEn = blankToNull(definitionEn);
        this.topConcept = topConcept;
        this.altLabels.clear();
        this.altLabels.addAll(altLabels);
        this.updatedAt = Instant.now();
    }

    public void relate(Set<Concept> broader, Set<Concept> related) {
        this.broader.clear();
        this.broader.addAll(broader);
        this.related.clear();
        this.related.addAll(related);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getUri() {
        return uri;
    }

    public String getPrefLabelDe() {
        return prefLabelDe;
    }

    public String getPrefLabelEn() {
        return prefLabelEn;
    }

    public String getDefinitionDe() {
        return definitionDe;
    }

    public String getDefinitionEn() {
        return definitionEn;
    }

    public boolean isTopConcept() {
        return topConcept;
    }

    public List<AltLabel> getAltLabels() {
        return altLabels;
    }

    public Set<Concept> getBroader() {
        return broader;
    }

    public Set<Concept> getRelated() {
        return related;
    }
}
