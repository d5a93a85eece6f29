package org.clusteratlas.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/** An in-platform application as the posting organization sees it. Personal data: never shown to anybody else. */
public record ApplicationView(
        UUID id,
        UUID postingId,
        String postingSlug,
        LocalizedText postingTitle,
        UUID organizationId,
        String name,
        String email,
        String message,
        String language,
        ApplicationStatus status,
        Instant createdAt,
        List<DocumentView> documents,
        long version) {

    /** A PDF of the application, addressed by its position. */
    public record DocumentView(int index, String fileName, long sizeBytes) {}
}
