package org.clusteratlas.organization;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * An organization as a caller may see it: the contract's fields plus the server-assigned {@code id}, the readable
 * {@code slug} of its public page, when it was last changed, whether its address could be located, the taxonomy
 * concepts its competences stand for (so a German profile is found and labelled in English too), whether a change
 * waits for the network office, and where its logo and pictures are served (null or empty when it has none).
 */
public record OrganizationDetails(
        UUID id,
        String slug,
        @JsonUnwrapped OrganizationData data,
        Instant updatedAt,
        GeocodeStatus geocoding,
        List<ConceptRef> competenceConcepts,
        boolean pendingChange,
        String logoUrl,
        List<Image> images) {

    /** A picture of the gallery, served at {@code url}. */
    public record Image(UUID id, String url, String caption) {}

    /** A concept of the competence taxonomy, with its preferred labels in German and English. */
    public record ConceptRef(String uri, LocalizedText label) {}
}
