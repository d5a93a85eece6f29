package org.clusteratlas.taxonomy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.web.Htmx;
import org.clusteratlas.taxonomy.ConceptSummary;
import org.clusteratlas.taxonomy.Labels;
import org.clusteratlas.taxonomy.Taxonomy;
import org.clusteratlas.taxonomy.internal.SkosExchange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Concept suggestions while typing (for every form that takes competences) and the admins' taxonomy page. */
@Controller
class TaxonomyWebController {

    static final String SUGGESTIONS_VIEW = "taxonomy/suggestions";
    static final String ADMIN_VIEW = "taxonomy/admin";

    private final Taxonomy taxonomy;
    private final SkosExchange exchange;

    TaxonomyWebController(Taxonomy taxonomy, SkosExchange exchange) {
        this.taxonomy = taxonomy;
        this.exchange = exchange;
    }

    /**
     * The suggestion list for typed text. htmx swaps in the list; without JavaScript the same address is a small
     * page of its own that names the concepts, so the person can type the label they want.
     */
    @GetMapping("/taxonomy/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Locale locale, Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("suggestions", taxonomy.suggest(q, locale, 8));
        return Htmx.view(request, SUGGESTIONS_VIEW, "list");
    }

    @GetMapping("/admin/taxonomy")
    String admin(@RequestParam(defaultValue = "") String q, Model model, HttpServletRequest request) {
        String wanted = Labels.normalize(q);
        model.addAttribute("q", q);
        model.addAttribute(
                "concepts",
                taxonomy.all().stream()
                        .filter(c -> wanted.isEmpty() || matches(c, wanted))
                        .toList());
        model.addAttribute("count", taxonomy.count());
        model.addAttribute("unmapped", taxonomy.unmappedTerms());
        return Htmx.view(request, ADMIN_VIEW, "concepts");
    }

    @PostMapping("/admin/taxonomy/import")
    String importSkos(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "turtle") String format,
            @RequestParam(defaultValue = "false") boolean replace,
            RedirectAttributes redirect)
            throws IOException {
        SkosExchange.Format chosen = SkosExchange.Format.of(format).orElse(SkosExchange.Format.TURTLE);
        try (InputStream in = file.getInputStream()) {
            SkosExchange.ImportSummary summary = exchange.importSkos(in, chosen, replace);
            redirect.addFlashAttribute("imported", summary);
        } catch (ValidationFailedException invalid) {
            redirect.addFlashAttribute("importErrors", invalid.errors());
        }
        return "redirect:/admin/taxonomy";
    }

    private static boolean matches(ConceptSummary concept, String wanted) {
        return Labels.normalize(concept.prefLabel().de()).contains(wanted)
                || Labels.normalize(concept.prefLabel().en()).contains(wanted)
                || concept.altLabels().stream()
                        .anyMatch(l -> Labels.normalize(l).contains(wanted));
    }
}
