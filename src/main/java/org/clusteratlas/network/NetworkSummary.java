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
 * @param withheldFrom slugs of the federations the network belongs to without sharing its members' profiles, sorted
 * @param primaryColor the network's main color ({@code #rrggbb}), null for the platform's
 * @param accentColor the network's second color ({@code #rrggbb}), null for the platform's
 */
public record NetworkSummary(
        UUID id,
        String slug,
        LocalizedText name,
        LocalizedText description,
        String region,
        List<String> federations,
        boolean hasLogo,
        boolean editsRequireApproval,
        List<String> withheldFrom,
        String primaryColor,
        String accentColor) {

    /** Whether the network's members' profiles appear in the federation's search. */
    public boolean sharesWith(String federationSlug) {
        return federations.contains(federationSlug) && !withheldFrom.contains(federationSlug);
    }

    public boolean isBranded() {
        return primaryColor != null || accentColor != null;
    }
}
