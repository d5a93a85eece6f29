package org.clusteratlas.news;

import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.storage.ImageUploads;

/**
 * What the office writes. A post exists in each language it has a title in; that language then needs a body, and
 * alternative text when the post has an image. Texts are plain text: blank lines separate paragraphs, HTML is shown
 * as typed.
 *
 * @param newImage an image checked by {@link ImageUploads}, replacing the current one; null keeps the current one
 * @param removeImage drop the current image (ignored when a new one is given)
 */
public record PostCommand(
        LocalizedText title,
        LocalizedText teaser,
        LocalizedText body,
        LocalizedText imageAlt,
        ImageUploads.CheckedImage newImage,
        boolean removeImage) {

    public PostCommand {
        title = title == null ? LocalizedText.empty() : title;
        teaser = teaser == null ? LocalizedText.empty() : teaser;
        body = body == null ? LocalizedText.empty() : body;
        imageAlt = imageAlt == null ? LocalizedText.empty() : imageAlt;
    }

    /** A text-only post (no image, nothing removed). */
    public static PostCommand text(LocalizedText title, LocalizedText teaser, LocalizedText body) {
        return new PostCommand(title, teaser, body, LocalizedText.empty(), null, false);
    }
}
