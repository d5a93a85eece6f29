package org.clusteratlas.news.web;

import org.clusteratlas.news.PostCommand;
import org.clusteratlas.news.PostDetails;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.storage.ImageUploads;

/**
 * The office's post form; flat fields so that it works without JavaScript. The rules (which language needs what,
 * lengths) are checked by {@link org.clusteratlas.news.News}, once for every caller.
 *
 * @param version the post's version the form was made from; null for a new post
 */
record PostForm(
        String titleDe,
        String titleEn,
        String teaserDe,
        String teaserEn,
        String bodyDe,
        String bodyEn,
        String imageAltDe,
        String imageAltEn,
        Boolean removeImage,
        Long version) {

    PostForm {
        // An unticked checkbox sends nothing; that means "no".
        removeImage = Boolean.TRUE.equals(removeImage);
    }

    static PostForm empty() {
        return new PostForm("", "", "", "", "", "", "", "", false, null);
    }

    static PostForm of(PostDetails post) {
        return new PostForm(
                post.title().de(),
                post.title().en(),
                post.teaser().de(),
                post.teaser().en(),
                post.body().de(),
                post.body().en(),
                post.imageAlt().de(),
                post.imageAlt().en(),
                false,
                post.version());
    }

    PostCommand toCommand(ImageUploads.CheckedImage newImage) {
        return new PostCommand(
                new LocalizedText(titleDe, titleEn),
                new LocalizedText(teaserDe, teaserEn),
                new LocalizedText(bodyDe, bodyEn),
                new LocalizedText(imageAltDe, imageAltEn),
                newImage,
                removeImage);
    }
}
