package org.clusteratlas.taxonomy;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A concept as other modules and the API see it.
 *
 * @param uri the concept's SKOS identifier, stable across exports and imports
 * @param prefLabel the preferred label in German and English
 * @param altLabels alternative labels (synonyms, variants, abbreviations) in both languages
 * @param broader URIs of the broader concepts
 */
public record ConceptSummary(
        UUID id, String uri, LocalizedText prefLabel, List<String> altLabels, List<String> broader) {}
