package org.clusteratlas.taxonomy;

import java.util.List;
import org.clusteratlas.shared.LocalizedText;

/**
 * A concept with all its labels in both languages (preferred and alternative), which search uses as synonyms: a query
 * naming the concept in one language finds profiles written with any of its labels.
 */
public record ConceptLabels(String uri, LocalizedText prefLabel, List<String> labels) {}
