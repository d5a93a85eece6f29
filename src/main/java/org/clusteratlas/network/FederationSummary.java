package org.clusteratlas.network;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A federation of networks, e.g. a state-wide competence atlas.
 *
 * @param networks slugs of the member networks, sorted
 */
public record FederationSummary(
        UUID id, String slug, LocalizedText name, LocalizedText description, List<String> networks) {}
