package org.clusteratlas.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks uploaded images by their content, not by the name or the type the browser claims. SVG is refused on
 * purpose: it can carry scripts.
 */
@Component
public class ImageUploads {

    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Map<String, String> ALLOWED =
            Map.of("image/png", "png", "image/jpeg", "jpg", "image/webp", "webp");

    private final Tika tika = new Tika();

    /** The checked image, or the message key that explains why it was refused. */
    public Result check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Result.refused("upload.image.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            return Result.refused("upload.image.too-large");
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String detected = tika.detect(bytes);
            return Optional.ofNullable(ALLOWED.get(detected))
                    .map(extension -> Result.accepted(new CheckedImage(bytes, detected, extension)))
                    .orElseGet(() -> Result.refused("upload.image.type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record CheckedImage(byte[] bytes, String contentType, String extension) {}

    /** Either an image or the reason (a message key) it was refused. */
    public record Result(CheckedImage image, String refusalKey) {

        static Result accepted(CheckedImage image) {
            return new Result(image, null);
        }

        static Result refused(String key) {
            return new Result(null, key);
        }

        public boolean isAccepted() {
            return image != null;
        }
    }
}
