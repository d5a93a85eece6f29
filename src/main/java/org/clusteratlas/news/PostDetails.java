package org.clusteratlas.news;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.shared.LocalizedText;

/**
 * A whole post, for its page and the office's form.
 *
 * @param publishedAt when the post was first published; null for a draft never published
 * @param imageUrl the image's address on this site, null when the post has none
 * @param authorName who wrote it; null when that account is gone. For the office only, never on public pages.
 * @param version the version the office's form sends back, so that concurrent edits are noticed
 */
public record PostDetails(
        UUID id,
        UUID networkId,
        String networkSlug,
        String slug,
        LocalizedText title,
        LocalizedText teaser,
        LocalizedText body,
        PostStatus status,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        String imageUrl,
        LocalizedText imageAlt,
        String authorName,
        long version) {

    /** The post's texts in the visitor's language, or the other one (never mixed). */
    public PostText text(Locale locale) {
        return PostText.of(locale, title, teaser, body, imageAlt);
    }

    public boolean isDraft() {
        return status == PostStatus.DRAFT;
    }

    /** The post's page, relative to the site. */
    public String path() {
        return "/n/" + networkSlug + "/news/" + slug;
    }
}
