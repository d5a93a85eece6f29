package org.clusteratlas.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.clusteratlas.shared.Slugs;

/** Creates or changes a federation; on update the slug is ignored. */
public record FederationCommand(
        @NotNull @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}")
        String slug,

        @NotNull @Valid BilingualName name,
        @Valid BilingualDescription description,
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}") String> networks) {

    public FederationCommand {
        networks = networks == null ? List.of() : List.copyOf(networks);
        description = description == null ? new BilingualDescription(null, null) : description;
    }
}
