package org.clusteratlas.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import org.clusteratlas.organization.NeedStatus;

/**
 * An offer or a need of an organization's profile.
 *
 * @param concepts taxonomy concept URIs (stored space-separated: URIs contain no spaces)
 * @param neededBy needs only
 * @param status needs only
 */
@Embeddable
public record ProfileEntry(
        @Column(name = "title", nullable = false, length = 200)
        String title,

        @Column(name = "description", length = 5000) String description,

        @Convert(converter = UriListConverter.class) @Column(name = "concepts", length = 6000)
        List<String> concepts,

        @Column(name = "needed_by") LocalDate neededBy,

        @Enumerated(EnumType.STRING) @Column(name = "status", length = 20)
        NeedStatus status) {

    public ProfileEntry {
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }
}
