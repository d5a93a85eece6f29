package org.clusteratlas.crm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.Crm;
import org.clusteratlas.crm.CsvPreview;
import org.clusteratlas.crm.ImportField;
import org.clusteratlas.crm.ImportReport;
import org.clusteratlas.crm.MemberImport;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The office imports its member list: upload, preview (how the file was read, what each column means, both
 * changeable), import, report. Between preview and import the file waits in the blob storage under a key that names
 * the uploader, so nobody else can import it and it need not travel back and forth through the browser.
 *
 * <p>The API does the same in one step: the body is the file, the mapping is proposed from its headings unless given.
 */
@Controller
class CrmImportController {

    static final String VIEW = "crm/import";
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final MemberImport imports;
    private final Crm crm;
    private final BlobStorage storage;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    CrmImportController(
            MemberImport imports, Crm crm, BlobStorage storage, CurrentUsers currentUsers, MessageSource messages) {
        this.imports = imports;
        this.crm = crm;
        this.storage = storage;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/crm/import")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("network", crm.office(slug));
        return VIEW;
    }

    @PostMapping("/n/{slug}/crm/import")
    String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile file, Model model) {
        model.addAttribute("network", crm.office(slug));
        byte[] content = file == null ? new byte[0] : bytes(file);
        try {
            CsvPreview preview = imports.preview(slug, content, null, null);
            String upload = UUID.randomUUID().toString();
            storage.put(key(upload), content);
            return preview(model, upload, preview);
        } catch (ValidationFailedException invalid) {
            model.addAttribute("errors", invalid.errors());
            return VIEW;
        }
    }

    /** Reads the stored file again with another encoding or delimiter, or imports it with the chosen mapping. */
    @PostMapping("/n/{slug}/crm/import/{upload}")
    String run(
            @PathVariable String slug,
            @PathVariable String upload,
            @RequestParam(required = false) String encoding,
            @RequestParam(required = false) String delimiter,
            @RequestParam(name = "mapping", required = false) List<String> mapping,
            @RequestParam(required = false) String reread,
            Model model) {
        model.addAttribute("network", crm.office(slug));
        byte[] content = stored(upload);
        Character separator = delimiter(delimiter);
        try {
            if (reread != null || mapping == null) {
                return preview(model, upload, imports.preview(slug, content, encoding, separator));
            }
            ImportReport report = imports.run(slug, content, encoding, separator, fields(mapping));
            storage.delete(key(upload));
            model.addAttribute("report", report);
            return VIEW;
        } catch (ValidationFailedException invalid) {
            model.addAttribute("errors", invalid.errors());
            CsvPreview preview = imports.preview(slug, content, encoding, separator);
            if (mapping != null) {
                // The office's choices stay on the form it corrects.
                preview = new CsvPreview(
                        preview.encoding(),
                        preview.delimiter(),
                        preview.headings(),
                        fields(mapping),
                        preview.rows(),
                        preview.rowCount());
            }
            return preview(model, upload, preview);
        }
    }

    @Operation(
            summary = "Import members from CSV",
            description = "The body is the file (UTF-8 or Windows-1252, `;` `,` tab or `|` separated, detected unless"
                    + " given). Each row is imported on its own: good rows are stored, bad rows reported with their"
                    + " line and column. The mapping is proposed from the headings unless `mapping` names a field per"
                    + " column (empty for ignored columns).")
    @PostMapping(
            path = "/api/v1/imports/members",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @ResponseBody
    ImportReport importMembers(
            @RequestParam String network,
            @RequestParam(required = false) String encoding,
            @Parameter(description = "one of ; , tab |") @RequestParam(required = false) String delimiter,
            @RequestParam(name = "mapping", required = false) List<String> mapping,
            @RequestBody byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ValidationFailedException(List.of(new FieldMessage("file", tooLarge())));
        }
        Character separator = delimiter(delimiter);
        List<ImportField> fields = mapping == null
                ? imports.preview(network, content, encoding, separator).mapping()
                : fields(mapping);
        return imports.run(network, content, encoding, separator, fields);
    }

    private String preview(Model model, String upload, CsvPreview preview) {
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("delimiterValue", preview.delimiter() == '\t' ? "tab" : String.valueOf(preview.delimiter()));
        model.addAttribute(
                "delimiterKey",
                switch (preview.delimiter()) {
                    case ',' -> "crm.import.delimiter.comma";
                    case '\t' -> "crm.import.delimiter.tab";
                    case '|' -> "crm.import.delimiter.pipe";
                    default -> "crm.import.delimiter.semicolon";
                });
        model.addAttribute("encodings", List.of("UTF-8", "windows-1252", "ISO-8859-15", "UTF-16LE"));
        return VIEW;
    }

    private byte[] stored(String upload) {
        try {
            UUID.fromString(upload);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("upload");
        }
        try (InputStream in = storage.get(key(upload)).orElseThrow(() -> new NotFoundException("upload"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String key(String upload) {
        return "crm-import/" + currentUsers.current().id() + "/" + upload + ".csv";
    }

    private byte[] bytes(MultipartFile file) {
        if (file.getSize() > MAX_BYTES) {
            throw new ValidationFailedException(List.of(new FieldMessage("file", tooLarge())));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tooLarge() {
        return messages.getMessage(
                "crm.import.error.too-large", new Object[] {MAX_BYTES / 1024 / 1024}, LocaleContextHolder.getLocale());
    }

    private static Character delimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        return switch (delimiter) {
            case "tab", "\\t", "\t" -> '\t';
            default -> delimiter.charAt(0);
        };
    }

    private List<ImportField> fields(List<String> mapping) {
        List<ImportField> fields = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            String name = mapping.get(i);
            try {
                fields.add(name == null || name.isBlank() ? null : ImportField.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                throw new ValidationFailedException(List.of(new FieldMessage(
                        "mapping[" + i + "]",
                        messages.getMessage(
                                "crm.import.error.field",
                                new Object[] {name, java.util.Arrays.toString(ImportField.values())},
                                LocaleContextHolder.getLocale()))));
            }
        }
        return fields;
    }
}
