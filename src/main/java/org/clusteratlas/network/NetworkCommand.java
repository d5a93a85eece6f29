package org.clusteratlas.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusteratlas.shared.Slugs;

/**
 * Creates or changes a network, in the shape of the API contract's request body. On update the slug is ignored:
 * slugs are stable because they are part of every public address of the network.
 *
 * @param federations slugs of the federations to belong to; unknown ones are created with the slug as name
 * @param editsRequireApproval whether organization editors' changes to published profiles wait for the office;
 *     null keeps the current setting (false for a new network)
 * @param primaryColor the network's main color as {@code #rrggbb}; null keeps the current one, blank removes it
 * @param accentColor the network's second color, likewise
 */
public record NetworkCommand(
        @NotNull @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}")
        String slug,

        @NotNull @Valid BilingualName name,
        @Valid BilingualDescription description,
        @Size(max = 120) String region,
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}") String> federations,
        Boolean editsRequireApproval,

        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "{network.color.pattern}")
        String primaryColor,

        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "{network.color.pattern}")
        String accentColor) {

    public NetworkCommand {
        federations = federations == null ? List.of() : List.copyOf(federations);
        description = description == null ? new BilingualDescription(null, null) : description;
    }

    /** Without the approval setting: a new network takes editors' changes directly, an existing one keeps its setting. */
    public NetworkCommand(
            String slug,
            BilingualName name,
            BilingualDescription description,
            String region,
            List<String> federations) {
        this(slug, name, description, region, federations, null, null, null);
    }
}
