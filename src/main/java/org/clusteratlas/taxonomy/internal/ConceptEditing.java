package org.clusteratlas.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform admins edit single concepts. The same rules as for a SKOS import hold: German and English preferred
 * labels, no label on two concepts, and no concept below itself.
 */
@Service
@Transactional
public class ConceptEditing {

    private final Concepts concepts;
    private final LabelIndex index;
    private final MessageSource messages;

    ConceptEditing(Concepts concepts, LabelIndex index, MessageSource messages) {
        this.concepts = concepts;
        this.index = index;
        this.messages = messages;
    }

    /** What an admin edits. Alternative labels are given one per line. */
    public record ConceptDraft(
            String prefLabelDe,
            String prefLabelEn,
            List<String> altLabelsDe,
            List<String> altLabelsEn,
            String definitionDe,
            String definitionEn,
            String broaderUri,
            boolean topConcept) {}

    @Transactional(readOnly = true)
    public ConceptDraft draftOf(UUID id) {
        Concept concept = find(id);
        return new ConceptDraft(
                concept.getPrefLabelDe(),
                concept.getPrefLabelEn(),
                concept.getAltLabels().stream()
                        .filter(a -> a.language().equals("de"))
                        .map(AltLabel::label)
                        .toList(),
                concept.getAltLabels().stream()
                        .filter(a -> a.language().equals("en"))
                        .map(AltLabel::label)
                        .toList(),
                concept.getDefinitionDe(),
                concept.getDefinitionEn(),
                concept.getBroader().stream().findFirst().map(Concept::getUri).orElse(null),
                concept.isTopConcept());
    }

    @Transactional(readOnly = true)
    public String uriOf(UUID id) {
        return find(id).getUri();
    }

    /** Creates a concept; its URI is made from the English label and stays stable afterwards. */
    public UUID create(ConceptDraft draft) {
        String base =
                SkosExchange.SCHEME_URI + "/" + Slugs.of(draft.prefLabelEn() == null ? "concept" : draft.prefLabelEn());
        String uri = base;
        for (int i = 2; concepts.findByUri(uri).isPresent(); i++) {
            uri = base + "-" + i;
        }
        Concept concept = new Concept(uri);
        write(concept, draft);
        return concept.getId();
    }

    public void update(UUID id, ConceptDraft draft) {
        write(find(id), draft);
    }

    /** Deletes a concept without narrower concepts; organizations keep their typed competences. */
    public void delete(UUID id) {
        Concept concept = find(id);
        List<Concept> all = concepts.findAllWithLabels();
        // Compared by id: a relation may hold a lazy proxy, which is not equal to the loaded entity.
        if (all.stream()
                .anyMatch(c -> c.getBroader().stream().anyMatch(b -> b.getId().equals(concept.getId())))) {
            throw invalid("broaderUri", "taxonomy.concept.has-narrower");
        }
        all.forEach(c -> c.getRelated().removeIf(r -> r.getId().equals(concept.getId())));
        concept.relate(Set.of(), Set.of());
        concepts.delete(concept);
        index.invalidateAfterCommit();
    }

    private void write(Concept concept, ConceptDraft draft) {
        List<FieldMessage> errors = new ArrayList<>();
        if (blank(draft.prefLabelDe())) {
            errors.add(new FieldMessage("prefLabelDe", message("taxonomy.concept.label-required")));
        }
        if (blank(draft.prefLabelEn())) {
            errors.add(new FieldMessage("prefLabelEn", message("taxonomy.concept.label-required")));
        }
        Map<String, String> owners = new HashMap<>();
        for (Concept other : concepts.findAllWithLabels()) {
            if (other.getId().equals(concept.getId())) {
                continue;
            }
            owners.put(Labels.normalize(other.getPrefLabelDe()), other.getPrefLabelDe());
            owners.put(Labels.normalize(other.getPrefLabelEn()), other.getPrefLabelDe());
            other.getAltLabels().forEach(a -> owners.put(Labels.normalize(a.label()), other.getPrefLabelDe()));
        }
        checkLabels("prefLabelDe", List.of(nullToEmpty(draft.prefLabelDe())), owners, errors);
        checkLabels("prefLabelEn", List.of(nullToEmpty(draft.prefLabelEn())), owners, errors);
        checkLabels("altLabelsDe", draft.altLabelsDe(), owners, errors);
        checkLabels("altLabelsEn", draft.altLabelsEn(), owners, errors);
        Concept broader = null;
        if (!blank(draft.broaderUri())) {
            broader = concepts.findByUri(draft.broaderUri().strip()).orElse(null);
            if (broader == null) {
                errors.add(
                        new FieldMessage("broaderUri", message("taxonomy.import.unknown-broader", draft.broaderUri())));
            } else if (isBelow(broader, concept)) {
                errors.add(new FieldMessage("broaderUri", message("taxonomy.concept.cycle")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<AltLabel> alt = new ArrayList<>();
        distinct(draft.altLabelsDe()).forEach(l -> alt.add(new AltLabel("de", l)));
        distinct(draft.altLabelsEn()).forEach(l -> alt.add(new AltLabel("en", l)));
        concept.describe(
                draft.prefLabelDe(),
                draft.prefLabelEn(),
                draft.definitionDe(),
                draft.definitionEn(),
                draft.topConcept(),
                alt);
        concept.relate(broader == null ? Set.of() : Set.of(broader), new LinkedHashSet<>(concept.getRelated()));
        concepts.save(concept);
        index.invalidateAfterCommit();
    }

    private void checkLabels(String field, List<String> labels, Map<String, String> owners, List<FieldMessage> errors) {
        for (String label : labels) {
            if (label.isBlank()) {
                continue;
            }
            if (label.length() > 200) {
                errors.add(new FieldMessage(field, message("taxonomy.import.label-too-long", label.substring(0, 60))));
            }
            String owner = owners.get(Labels.normalize(label));
            if (owner != null) {
                errors.add(new FieldMessage(field, message("taxonomy.import.duplicate-label", label, owner)));
            }
        }
    }

    /** Whether {@code candidate} is the concept itself or one of its narrower concepts (at any depth). */
    private static boolean isBelow(Concept candidate, Concept concept) {
        Set<UUID> seen = new HashSet<>();
        for (Concept current = candidate; current != null && seen.add(current.getId()); ) {
            if (current.getId().equals(concept.getId())) {
                return true;
            }
            current = current.getBroader().stream().findFirst().orElse(null);
        }
        return false;
    }

    private static List<String> distinct(List<String> labels) {
        Set<String> seen = new HashSet<>();
        return labels.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && seen.add(Labels.normalize(l)))
                .toList();
    }

    private Concept find(UUID id) {
        return concepts.findById(id).orElseThrow(() -> new NotFoundException("concept"));
    }

    private ValidationFailedException invalid(String field, String key) {
        return new ValidationFailedException(List.of(new FieldMessage(field, message(key))));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
