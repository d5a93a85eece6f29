/**
 * Taxonomy owns the bilingual competence concept scheme (SKOS): concepts with German and English labels, synonyms and
 * broader/narrower relations, editable by platform admins, imported and exported as SKOS Turtle or JSON-LD. It maps
 * free-text competences to concepts and keeps the terms it could not map, so admins can grow the scheme.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.taxonomy;
