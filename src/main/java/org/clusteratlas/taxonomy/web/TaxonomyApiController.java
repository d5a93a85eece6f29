package org.clusteratlas.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.ConceptSuggestion;
import org.clusteratlas.taxonomy.Taxonomy;
import org.clusteratlas.taxonomy.internal.SkosExchange;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Taxonomy", description = "The bilingual competence concept scheme (SKOS)")
@RestController
@RequestMapping("/api/v1/taxonomy")
class TaxonomyApiController {

    /** A SKOS file larger than this is refused before it is parsed. */
    static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    private final Taxonomy taxonomy;
    private final SkosExchange exchange;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    TaxonomyApiController(Taxonomy taxonomy, SkosExchange exchange, CurrentUsers currentUsers, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.exchange = exchange;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @Operation(summary = "Concept suggestions for typed text (labels in both languages); without q, all concepts")
    @GetMapping("/concepts")
    Object concepts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "10") int size,
            Locale locale) {
        if (q == null) {
            return taxonomy.all();
        }
        Locale language = lang == null ? locale : Locale.forLanguageTag(lang);
        List<ConceptSuggestion> suggestions = taxonomy.suggest(q, language, Math.clamp(size, 1, 50));
        return suggestions;
    }

    @Operation(summary = "Export the scheme as SKOS (format=turtle or jsonld)")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "turtle") String format, Locale locale) {
        SkosExchange.Format chosen = SkosExchange.Format.of(format)
                .orElseThrow(() -> new ValidationFailedException(List.of(
                        new FieldMessage("format", messages.getMessage("taxonomy.format.unknown", null, locale)))));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("clusteratlas-competences." + chosen.fileExtension())
                                .build()
                                .toString())
                .body(exchange.export(chosen));
    }

    @Operation(
            summary = "Import SKOS (text/turtle or application/ld+json; platform admin); replace=true deletes "
                    + "concepts missing from the file")
    @PostMapping(
            path = "/import",
            consumes = {"text/turtle", "application/ld+json", "application/x-turtle"})
    SkosExchange.ImportSummary importSkos(
            HttpServletRequest request, @RequestParam(defaultValue = "false") boolean replace, Locale locale)
            throws IOException {
        if (!currentUsers.current().platformAdmin()) {
            throw new AccessDeniedException("platform admins only");
        }
        SkosExchange.Format format = SkosExchange.Format.of(
                        MediaType.parseMediaType(request.getContentType())
                                        .getSubtype()
                                        .contains("ld+json")
                                ? "jsonld"
                                : "turtle")
                .orElseThrow();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // Bounded read: a client that sends no Content-Length cannot stream an endless body into memory.
            body = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
        }
        if (body.length > MAX_IMPORT_BYTES) {
            throw new ValidationFailedException(
                    List.of(new FieldMessage("", messages.getMessage("taxonomy.import.too-large", null, locale))));
        }
        return exchange.importSkos(new java.io.ByteArrayInputStream(body), format, replace);
    }

    @Operation(summary = "Typed competences no concept matches yet, most frequent first (platform admin)")
    @GetMapping("/unmapped")
    List<Taxonomy.UnmappedTermView> unmapped() {
        if (!currentUsers.current().platformAdmin()) {
            throw new AccessDeniedException("platform admins only");
        }
        return taxonomy.unmappedTerms();
    }
}
