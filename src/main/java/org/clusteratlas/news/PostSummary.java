package org.clusteratlas.news;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A post in a list: everything but the body.
 *
 * @param publishedAt when the post was first published; null for a draft never published
 * @param imageUrl the image's address on this site, null when the post has none
 */
public record PostSummary(
        UUID id,
        String networkSlug,
        String slug,
        LocalizedText title,
        LocalizedText teaser,
        PostStatus status,
        Instant publishedAt,
        Instant updatedAt,
        String imageUrl,
        LocalizedText imageAlt,
        long version) {

    /** The post's texts in the visitor's language, or the other one (never mixed). */
    public PostText text(Locale locale) {
        return PostText.of(locale, title, teaser, LocalizedText.empty(), imageAlt);
    }

    public boolean isDraft() {
        return status == PostStatus.DRAFT;
    }

    /** The post's page, relative to the site. */
    public String path() {
        return "/n/" + networkSlug + "/news/" + slug;
    }
}
