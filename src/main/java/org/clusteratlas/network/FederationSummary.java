package org.clusteratlas.network;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A federation of networks, e.g. a state-wide competence atlas.
 *
 * @param networks slugs of the member networks, sorted
 * @param sharingNetworks slugs of the member networks that share their members' profiles here, sorted: the
 *     federation's search covers these only
 */
public record FederationSummary(
        UUID id,
        String slug,
        LocalizedText name,
        LocalizedText description,
        List<String> networks,
        List<String> sharingNetworks) {}
