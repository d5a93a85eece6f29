package org.clusteratlas.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks uploaded documents by their content: only PDF is taken, whatever name or type the browser claims, so no
 * HTML or script uploaded as "document.pdf" is ever served back.
 */
@Component
public class PdfUploads {

    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final String PDF = "application/pdf";

    private final Tika tika = new Tika();

    /** The checked document, or the message key that explains why it was refused. */
    public Result check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Result.refused("upload.pdf.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            return Result.refused("upload.pdf.too-large");
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (!PDF.equals(tika.detect(bytes))) {
                return Result.refused("upload.pdf.type");
            }
            return Result.accepted(new CheckedPdf(bytes, fileName(file.getOriginalFilename())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the uploader gave, without any path and shortened; only ever shown, never used as a path. */
    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "document.pdf";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            return "document.pdf";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    /** A PDF whose content was checked; {@code fileName} is for display only. */
    public record CheckedPdf(byte[] bytes, String fileName) {}

    /** Either a PDF or the reason (a message key) it was refused. */
    public record Result(CheckedPdf pdf, String refusalKey) {

        static Result accepted(CheckedPdf pdf) {
            return new Result(pdf, null);
        }

        static Result refused(String key) {
            return new Result(null, key);
        }

        public boolean isAccepted() {
            return pdf != null;
        }
    }
}
