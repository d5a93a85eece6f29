package org.clusteratlas.taxonomy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Labels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SKOS import and export (Turtle and JSON-LD), the standard exchange format for thesauri. An import is checked as a
 * whole before anything is written (every concept with a German and an English preferred label, no label on two
 * concepts, every broader concept known) and then written in one transaction: nothing is half-imported.
 */
@Service
public class SkosExchange {

    public static final String SCHEME_URI = "https://clusteratlas.org/taxonomy/competences";

    /** An import of more concepts than this is refused: the scheme is curated, not a dump of a web thesaurus. */
    static final int MAX_CONCEPTS = 20_000;

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private final Concepts concepts;
    private final LabelIndex index;
    private final MessageSource messages;

    SkosExchange(Concepts concepts, LabelIndex index, MessageSource messages) {
        this.concepts = concepts;
        this.index = index;
        this.messages = messages;
    }

    public enum Format {
        TURTLE(RDFFormat.TURTLE),
        JSONLD(RDFFormat.JSONLD);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }

        public String mediaType() {
            return rdf.getDefaultMIMEType();
        }

        public String fileExtension() {
            return rdf.getDefaultFileExtension();
        }

        public static Optional<Format> of(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "turtle", "ttl", "text/turtle" -> Optional.of(TURTLE);
                case "jsonld", "json-ld", "application/ld+json" -> Optional.of(JSONLD);
                default -> Optional.empty();
            };
        }
    }

    /** What an import changed. */
    public record ImportSummary(int created, int updated, int deleted) {}

    @Transactional(readOnly = true)
    public byte[] export(Format format) {
        Model model = new LinkedHashModel();
        model.setNamespace("skos", SKOS.NAMESPACE);
        model.setNamespace("dct", DCTERMS.NAMESPACE);
        model.setNamespace("ca", SCHEME_URI + "/");
        IRI scheme = VALUES.createIRI(SCHEME_URI);
        model.add(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME);
        model.add(scheme, DCTERMS.TITLE, VALUES.createLiteral("Kompetenzen", "de"));
        model.add(scheme, DCTERMS.TITLE, VALUES.createLiteral("Competences", "en"));
        for (Concept concept : concepts.findAllWithLabels()) {
            IRI iri = VALUES.createIRI(concept.getUri());
            model.add(iri, RDF.TYPE, SKOS.CONCEPT);
            model.add(iri, SKOS.IN_SCHEME, scheme);
            model.add(iri, SKOS.PREF_LABEL, VALUES.createLiteral(concept.getPrefLabelDe(), "de"));
            model.add(iri, SKOS.PREF_LABEL, VALUES.createLiteral(concept.getPrefLabelEn(), "en"));
            for (AltLabel alt : concept.getAltLabels()) {
                model.add(iri, SKOS.ALT_LABEL, VALUES.createLiteral(alt.label(), alt.language()));
            }
            if (concept.getDefinitionDe() != null) {
                model.add(iri, SKOS.DEFINITION, VALUES.createLiteral(concept.getDefinitionDe(), "de"));
            }
            if (concept.getDefinitionEn() != null) {
                model.add(iri, SKOS.DEFINITION, VALUES.createLiteral(concept.getDefinitionEn(), "en"));
            }
            if (concept.isTopConcept()) {
                model.add(iri, SKOS.TOP_CONCEPT_OF, scheme);
                model.add(scheme, SKOS.HAS_TOP_CONCEPT, iri);
            }
            for (Concept broader : concept.getBroader()) {
                model.add(iri, SKOS.BROADER, VALUES.createIRI(broader.getUri()));
                model.add(VALUES.createIRI(broader.getUri()), SKOS.NARROWER, iri);
            }
            for (Concept related : concept.getRelated()) {
                model.add(iri, SKOS.RELATED, VALUES.createIRI(related.getUri()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(model, out, format.rdf, config);
        return out.toByteArray();
    }

    /**
     * Reads a SKOS file and upserts its concepts by URI.
     *
     * @param replace when true, concepts missing from the file are deleted (a full restore); else they are kept
     * @throws ValidationFailedException listing every problem, by concept URI, when the file is not acceptable
     */
    @Transactional
    public ImportSummary importSkos(InputStream in, Format format, boolean replace) throws IOException {
        Model model;
        try {
            model = Rio.parse(in, SCHEME_URI + "/", format.rdf);
        } catch (RDFParseException e) {
            throw invalid("", "taxonomy.import.unparsable", e.getLineNumber());
        }
        Map<String, Parsed> parsed = parse(model);
        List<FieldMessage> errors = new ArrayList<>();
        if (parsed.isEmpty()) {
            errors.add(new FieldMessage("", message("taxonomy.import.no-concepts")));
        }
        if (parsed.size() > MAX_CONCEPTS) {
            errors.add(new FieldMessage("", message("taxonomy.import.too-many", MAX_CONCEPTS)));
        }
        Map<String, Concept> existing = new HashMap<>();
        concepts.findAllWithLabels().forEach(c -> existing.put(c.getUri(), c));
        Set<String> known = new HashSet<>(parsed.keySet());
        if (!replace) {
            known.addAll(existing.keySet());
        }
        Map<String, String> labelOwner = new HashMap<>();
        if (!replace) {
            // Kept concepts' labels count too: an import must not add a label another concept already has.
            existing.values().stream()
                    .filter(c -> !parsed.containsKey(c.getUri()))
                    .forEach(c -> labelsOf(c).forEach(l -> labelOwner.put(Labels.normalize(l), c.getUri())));
        }
        for (Parsed concept : parsed.values()) {
            if (concept.prefDe == null || concept.prefEn == null) {
                errors.add(new FieldMessage(concept.uri, message("taxonomy.import.pref-label-missing")));
            }
            if (concept.uri.length() > 300) {
                errors.add(new FieldMessage(concept.uri.substring(0, 300), message("taxonomy.import.uri-too-long")));
            }
            for (String label : concept.allLabels()) {
                if (label.length() > 200) {
                    errors.add(new FieldMessage(
                            concept.uri, message("taxonomy.import.label-too-long", label.substring(0, 60))));
                    continue;
                }
                String owner = labelOwner.putIfAbsent(Labels.normalize(label), concept.uri);
                if (owner != null && !owner.equals(concept.uri)) {
                    errors.add(new FieldMessage(concept.uri, message("taxonomy.import.duplicate-label", label, owner)));
                }
            }
            for (String broader : concept.broader) {
                if (!known.contains(broader)) {
                    errors.add(new FieldMessage(concept.uri, message("taxonomy.import.unknown-broader", broader)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors.stream().limit(200).toList());
        }

        int created = 0;
        int updated = 0;
        Map<String, Concept> all = new HashMap<>(existing);
        for (Parsed p : parsed.values()) {
            Concept concept = all.get(p.uri);
            if (concept == null) {
                concept = new Concept(p.uri);
                all.put(p.uri, concept);
                created++;
            } else {
                updated++;
            }
            concept.describe(p.prefDe, p.prefEn, p.definitionDe, p.definitionEn, p.top, p.altLabels);
            concepts.save(concept);
        }
        int deleted = 0;
        if (replace) {
            for (Concept gone : existing.values()) {
                if (!parsed.containsKey(gone.getUri())) {
                    all.remove(gone.getUri());
                    deleted++;
                }
            }
            // Relations pointing at deleted concepts go first, then the concepts.
            all.values().forEach(c -> {
                c.getBroader().removeIf(b -> !all.containsKey(b.getUri()));
                c.getRelated().removeIf(r -> !all.containsKey(r.getUri()));
            });
            existing.values().stream().filter(c -> !all.containsKey(c.getUri())).forEach(c -> {
                c.relate(Set.of(), Set.of());
                concepts.delete(c);
            });
        }
        for (Parsed p : parsed.values()) {
            Set<Concept> broader = new LinkedHashSet<>();
            p.broader.forEach(uri -> broader.add(all.get(uri)));
            Set<Concept> related = new LinkedHashSet<>();
            p.related.stream().map(all::get).filter(java.util.Objects::nonNull).forEach(related::add);
            all.get(p.uri).relate(broader, related);
        }
        index.invalidateAfterCommit();
        return new ImportSummary(created, updated, deleted);
    }

    private static List<String> labelsOf(Concept concept) {
        List<String> labels = new ArrayList<>();
        labels.add(concept.getPrefLabelDe());
        labels.add(concept.getPrefLabelEn());
        concept.getAltLabels().forEach(a -> labels.add(a.label()));
        return labels;
    }

    /** A concept as read from the file, before any check. */
    private static final class Parsed {
        final String uri;
        String prefDe;
        String prefEn;
        String definitionDe;
        String definitionEn;
        boolean top;
        final List<AltLabel> altLabels = new ArrayList<>();
        final Set<String> broader = new LinkedHashSet<>();
        final Set<String> related = new LinkedHashSet<>();

        Parsed(String uri) {
            this.uri = uri;
        }

        List<String> allLabels() {
            List<String> labels = new ArrayList<>();
            if (prefDe != null) {
                labels.add(prefDe);
            }
            if (prefEn != null && (prefDe == null || !Labels.normalize(prefEn).equals(Labels.normalize(prefDe)))) {
                labels.add(prefEn);
            }
            altLabels.forEach(a -> labels.add(a.label()));
            return labels;
        }
    }

    private static Map<String, Parsed> parse(Model model) {
        Map<String, Parsed> result = new LinkedHashMap<>();
        for (Resource subject : model.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects()) {
            if (!(subject instanceof IRI iri)) {
                continue;
            }
            Parsed concept = new Parsed(iri.stringValue());
            for (Value value : model.filter(iri, SKOS.PREF_LABEL, null).objects()) {
                if (value instanceof Literal literal) {
                    String language = literal.getLanguage()
                            .map(l -> l.toLowerCase(Locale.ROOT))
                            .orElse("");
                    if (language.startsWith("de")) {
                        concept.prefDe = literal.getLabel().strip();
                    } else if (language.startsWith("en")) {
                        concept.prefEn = literal.getLabel().strip();
                    }
                }
            }
            for (Value value : model.filter(iri, SKOS.ALT_LABEL, null).objects()) {
                if (value instanceof Literal literal && !literal.getLabel().isBlank()) {
                    String language = literal.getLanguage()
                            .map(l -> l.toLowerCase(Locale.ROOT))
                            .orElse("de");
                    concept.altLabels.add(new AltLabel(
                            language.startsWith("en") ? "en" : "de",
                            literal.getLabel().strip()));
                }
            }
            for (Value value : model.filter(iri, SKOS.DEFINITION, null).objects()) {
                if (value instanceof Literal literal) {
                    String language = literal.getLanguage().orElse("");
                    if (language.startsWith("de")) {
                        concept.definitionDe = literal.getLabel();
                    } else if (language.startsWith("en")) {
                        concept.definitionEn = literal.getLabel();
                    }
                }
            }
            concept.top =
                    model.contains(iri, SKOS.TOP_CONCEPT_OF, null) || model.contains(null, SKOS.HAS_TOP_CONCEPT, iri);
            model.filter(iri, SKOS.BROADER, null).objects().forEach(v -> concept.broader.add(v.stringValue()));
            // skos:narrower written on the parent says the same as skos:broader on the child.
            model.filter(null, SKOS.NARROWER, iri).subjects().forEach(s -> concept.broader.add(s.stringValue()));
            model.filter(iri, SKOS.RELATED, null).objects().forEach(v -> concept.related.add(v.stringValue()));
            result.put(concept.uri, concept);
        }
        return result;
    }

    private ValidationFailedException invalid(String field, String key, Object... args) {
        return new ValidationFailedException(List.of(new FieldMessage(field, message(key, args))));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
