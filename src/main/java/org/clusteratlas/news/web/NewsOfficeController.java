package org.clusteratlas.news.web;

import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.News;
import org.clusteratlas.news.PostDetails;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.ImageUploads;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's news desk: all posts of the network with their status, the form to write and edit them, publishing,
 * taking offline and deleting. Rights are checked before anything else, so an outsider learns nothing about drafts.
 */
@Controller
class NewsOfficeController {

    static final String MANAGE_VIEW = "news/manage";
    static final String FORM_VIEW = "news/form";

    private final News news;
    private final Networks networks;
    private final ImageUploads images;

    NewsOfficeController(News news, Networks networks, ImageUploads images) {
        this.news = news;
        this.networks = networks;
        this.images = images;
    }

    @GetMapping("/n/{slug}/news/manage")
    String manage(@PathVariable String slug, Model model) {
        NetworkSummary network = managed(slug);
        model.addAttribute("network", network);
        model.addAttribute("posts", news.forOffice(slug));
        return MANAGE_VIEW;
    }

    @GetMapping("/n/{slug}/news/new")
    String newForm(@PathVariable String slug, Model model) {
        NetworkSummary network = managed(slug);
        model.addAttribute("form", PostForm.empty());
        return showForm(model, network, null);
    }

    @PostMapping("/n/{slug}/news")
    String create(
            @PathVariable String slug,
            @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(name = "image", required = false) MultipartFile image,
            Model model,
            RedirectAttributes redirect) {
        NetworkSummary network = managed(slug);
        ImageUploads.Result checked = check(image, model);
        if (!errors.hasErrors() && (checked == null || checked.isAccepted())) {
            try {
                PostDetails created = news.create(slug, form.toCommand(checked == null ? null : checked.image()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + created.path();
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid);
            }
        }
        model.addAttribute("imageDropped", image != null && !image.isEmpty());
        return showForm(model, network, null);
    }

    @GetMapping("/n/{slug}/news/{postSlug}/edit")
    String editForm(@PathVariable String slug, @PathVariable String postSlug, Model model) {
        NetworkSummary network = managed(slug);
        PostDetails post = news.forEditing(slug, postSlug);
        model.addAttribute("form", PostForm.of(post));
        return showForm(model, network, post);
    }

    @PostMapping("/n/{slug}/news/{postSlug}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable String postSlug,
            @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(name = "image", required = false) MultipartFile image,
            Model model,
            RedirectAttributes redirect) {
        NetworkSummary network = managed(slug);
        PostDetails post = news.forEditing(slug, postSlug);
        ImageUploads.Result checked = check(image, model);
        if (!errors.hasErrors() && (checked == null || checked.isAccepted())) {
            try {
                PostDetails saved = news.update(
                        slug,
                        postSlug,
                        form.version() == null ? -1 : form.version(),
                        form.toCommand(checked == null ? null : checked.image()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + saved.path();
            } catch (ValidationFailedException invalid) {
                reject(errors, invalid);
            } catch (ConflictException | OptimisticLockingFailureException conflict) {
                // The office's input stays in the form; the link on the page loads the other person's version.
                errors.reject("news.conflict");
                model.addAttribute("conflict", true);
            }
        }
        model.addAttribute("imageDropped", image != null && !image.isEmpty());
        return showForm(model, network, post);
    }

    @PostMapping("/n/{slug}/news/{postSlug}/publish")
    String publish(
            @PathVariable String slug,
            @PathVariable String postSlug,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        managed(slug);
        news.publish(slug, postSlug, version);
        redirect.addFlashAttribute("published", true);
        return back(slug, postSlug, back);
    }

    @PostMapping("/n/{slug}/news/{postSlug}/unpublish")
    String unpublish(
            @PathVariable String slug,
            @PathVariable String postSlug,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        managed(slug);
        news.unpublish(slug, postSlug, version);
        redirect.addFlashAttribute("unpublished", true);
        return back(slug, postSlug, back);
    }

    @PostMapping("/n/{slug}/news/{postSlug}/delete")
    String delete(
            @PathVariable String slug,
            @PathVariable String postSlug,
            @RequestParam long version,
            RedirectAttributes redirect) {
        managed(slug);
        news.delete(slug, postSlug, version);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/n/" + slug + "/news/manage";
    }

    /** Back where the button was: the post's page or (by default) the office's list. */
    private static String back(String slug, String postSlug, String back) {
        return "post".equals(back)
                ? "redirect:/n/" + slug + "/news/" + postSlug
                : "redirect:/n/" + slug + "/news/manage";
    }

    /** The checked upload, or null when none was chosen; a refused one leaves its reason for the form. */
    private ImageUploads.Result check(MultipartFile image, Model model) {
        if (image == null || image.isEmpty()) {
            return null;
        }
        ImageUploads.Result checked = images.check(image);
        if (!checked.isAccepted()) {
            model.addAttribute("imageError", checked.refusalKey());
        }
        return checked;
    }

    private static void reject(BindingResult errors, ValidationFailedException invalid) {
        for (FieldMessage message : invalid.errors()) {
            errors.rejectValue(message.field(), "invalid", message.message());
        }
    }

    private String showForm(Model model, NetworkSummary network, PostDetails post) {
        model.addAttribute("network", network);
        model.addAttribute("post", post);
        return FORM_VIEW;
    }

    /** Rights first: whoever may not manage the network learns nothing else, not even whether a post exists. */
    private NetworkSummary managed(String slug) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        return network;
    }
}
