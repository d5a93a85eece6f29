package org.clusteratlas.taxonomy;

import org.clusteratlas.shared.LocalizedText;

/**
 * A concept proposed for what somebody is typing.
 *
 * @param matchedLabel the label that matched the typed text, in whichever language it is
 * @param broaderLabel the broader concept's preferred label, to tell apart concepts with similar names
 */
public record ConceptSuggestion(String uri, LocalizedText prefLabel, String matchedLabel, LocalizedText broaderLabel) {}
