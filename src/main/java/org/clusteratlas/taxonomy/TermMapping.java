package org.clusteratlas.taxonomy;

import java.util.List;

/**
 * Free-text terms (competences as typed) and the concepts they stand for.
 *
 * @param conceptUris the concepts found, without duplicates, in the order of the terms
 * @param unmapped the terms no concept label matched, kept as typed
 */
public record TermMapping(List<String> conceptUris, List<String> unmapped) {}
