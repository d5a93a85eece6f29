package org.clusteratlas.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.clusteratlas.portal.internal.SitePage;
import org.clusteratlas.portal.internal.SitePages;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The imprint (Impressum) and privacy policy (Datenschutzerklärung) German law requires of every operator. Their
 * text is the operator's, so platform admins write it here; until they do, the page says so instead of showing a
 * made-up text.
 */
@Controller
class LegalPagesController {

    static final String PAGE_VIEW = "portal/legal";
    static final String FORM_VIEW = "portal/legal-form";

    private final SitePages pages;

    LegalPagesController(SitePages pages) {
        this.pages = pages;
    }

    record PageForm(
            @Size(max = 50000) String contentDe,
            @Size(max = 50000) String contentEn) {}

    @GetMapping("/impressum")
    @Transactional(readOnly = true)
    String imprint(Model model) {
        return show(SitePage.Kind.IMPRINT, model);
    }

    @GetMapping("/datenschutz")
    @Transactional(readOnly = true)
    String privacy(Model model) {
        return show(SitePage.Kind.PRIVACY, model);
    }

    @GetMapping("/admin/pages/{slug}")
    @Transactional(readOnly = true)
    String editForm(@PathVariable String slug, Model model) {
        SitePage.Kind kind = kind(slug);
        LocalizedText content =
                pages.findById(kind.slug()).map(SitePage::getContent).orElse(LocalizedText.empty());
        model.addAttribute("form", new PageForm(content.de(), content.en()));
        model.addAttribute("kind", kind.slug());
        return FORM_VIEW;
    }

    @PostMapping("/admin/pages/{slug}")
    @Transactional
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SitePage.Kind kind = kind(slug);
        if (errors.hasErrors()) {
            model.addAttribute("kind", kind.slug());
            return FORM_VIEW;
        }
        SitePage page = pages.findById(kind.slug()).orElseGet(() -> pages.save(new SitePage(kind)));
        page.write(new LocalizedText(form.contentDe(), form.contentEn()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + (kind == SitePage.Kind.IMPRINT ? "/impressum" : "/datenschutz");
    }

    private String show(SitePage.Kind kind, Model model) {
        model.addAttribute("kind", kind.slug());
        model.addAttribute(
                "pageText",
                pages.findById(kind.slug()).map(SitePage::getContent).orElse(LocalizedText.empty()));
        return PAGE_VIEW;
    }

    private static SitePage.Kind kind(String slug) {
        for (SitePage.Kind kind : SitePage.Kind.values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        throw new NotFoundException("page");
    }
}
