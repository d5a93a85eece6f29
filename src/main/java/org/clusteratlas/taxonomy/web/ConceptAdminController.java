package org.clusteratlas.taxonomy.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.clusteratlas.taxonomy.internal.ConceptEditing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins create, edit and delete single concepts of the competence taxonomy. */
@Controller
@RequestMapping("/admin/taxonomy/concepts")
class ConceptAdminController {

    static final String FORM_VIEW = "taxonomy/concept-form";

    private final ConceptEditing editing;
    private final Taxonomy taxonomy;

    ConceptAdminController(ConceptEditing editing, Taxonomy taxonomy) {
        this.editing = editing;
        this.taxonomy = taxonomy;
    }

    /**
     * The form's fields; synonyms are typed one per line.
     *
     * @param broaderUri the broader concept, or empty for none
     */
    record ConceptForm(
            String prefLabelDe,
            String prefLabelEn,
            String altLabelsDe,
            String altLabelsEn,
            String definitionDe,
            String definitionEn,
            String broaderUri,
            Boolean topConcept) {

        static ConceptForm of(ConceptEditing.ConceptDraft draft) {
            return new ConceptForm(
                    draft.prefLabelDe(),
                    draft.prefLabelEn(),
                    String.join("\n", draft.altLabelsDe()),
                    String.join("\n", draft.altLabelsEn()),
                    draft.definitionDe(),
                    draft.definitionEn(),
                    draft.broaderUri(),
                    draft.topConcept());
        }

        ConceptEditing.ConceptDraft toDraft() {
            return new ConceptEditing.ConceptDraft(
                    prefLabelDe,
                    prefLabelEn,
                    lines(altLabelsDe),
                    lines(altLabelsEn),
                    definitionDe,
                    definitionEn,
                    broaderUri,
                    Boolean.TRUE.equals(topConcept));
        }

        private static List<String> lines(String text) {
            return text == null
                    ? List.of()
                    : Arrays.stream(text.split("\\R"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "") String label, Model model) {
        model.addAttribute("form", new ConceptForm(label, "", "", "", "", "", "", Boolean.FALSE));
        return show(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ConceptForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            editing.create(form.toDraft());
        } catch (ValidationFailedException invalid) {
            reject(errors, invalid.errors());
            return show(model, null);
        }
        redirect.addFlashAttribute("conceptSaved", form.prefLabelDe());
        return "redirect:/admin/taxonomy";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ConceptForm.of(editing.draftOf(id)));
        return show(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ConceptForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.update(id, form.toDraft());
        } catch (ValidationFailedException invalid) {
            reject(errors, invalid.errors());
            return show(model, id);
        }
        redirect.addFlashAttribute("conceptSaved", form.prefLabelDe());
        return "redirect:/admin/taxonomy";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            editing.delete(id);
            redirect.addFlashAttribute("conceptDeleted", true);
        } catch (ValidationFailedException refused) {
            redirect.addFlashAttribute(
                    "conceptError", refused.errors().getFirst().message());
            return "redirect:/admin/taxonomy/concepts/" + id;
        }
        return "redirect:/admin/taxonomy";
    }

    private String show(Model model, UUID id) {
        model.addAttribute("conceptId", id);
        model.addAttribute("conceptUri", id == null ? null : editing.uriOf(id));
        model.addAttribute("concepts", taxonomy.all());
        return FORM_VIEW;
    }

    private static void reject(BindingResult errors, List<FieldMessage> messages) {
        messages.forEach(m -> errors.rejectValue(m.field(), "invalid", m.message()));
    }
}
