package org.clusteratlas.taxonomy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An alternative label (synonym, variant, abbreviation) in one language.
 *
 * @param language "de" or "en"
 */
@Embeddable
public record AltLabel(
        @Column(name = "language", nullable = false, length = 2)
        String language,

        @Column(name = "label", nullable = false, length = 200)
        String label) {}
