package org.clusteratlas.network;

import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A network as other modules see it.
 *
 * @param federations slugs of the federations the network belongs to, sorted
 * @param hasLogo whether {@code /media/networks/{slug}/logo} serves an image
 * @param editsRequireApproval whether organization editors' changes to published profiles wait for the office
 */
public record NetworkSummary(
        UUID id,
        String slug,
        LocalizedText name,
        LocalizedText description,
        String region,
        List<String> federations,
        boolean hasLogo,
        boolean editsRequireApproval) {}
