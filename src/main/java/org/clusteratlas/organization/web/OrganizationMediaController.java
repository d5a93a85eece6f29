package org.clusteratlas.organization.web;

import java.util.UUID;
import org.clusteratlas.organization.OrganizationDetails;
import org.clusteratlas.organization.Organizations;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.ImageUploads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logo and pictures of an organization: uploaded by its editors (checked by content, at most 2 MB), served with
 * their real content type to whoever may see the organization.
 */
@Controller
class OrganizationMediaController {

    private final Organizations organizations;
    private final ImageUploads uploads;

    OrganizationMediaController(Organizations organizations, ImageUploads uploads) {
        this.organizations = organizations;
        this.uploads = uploads;
    }

    @PostMapping("/o/{slug}/logo")
    String uploadLogo(
            @PathVariable String slug,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        OrganizationDetails organization = editable(slug);
        ImageUploads.Result checked = uploads.check(file);
        if (!checked.isAccepted()) {
            redirect.addFlashAttribute("uploadError", checked.refusalKey());
        } else {
            organizations.changeLogo(organization.id(), checked.image());
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/o/" + slug;
    }

    @PostMapping("/o/{slug}/images")
    String uploadImage(
            @PathVariable String slug,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String caption,
            RedirectAttributes redirect) {
        OrganizationDetails organization = editable(slug);
        ImageUploads.Result checked = uploads.check(file);
        if (!checked.isAccepted()) {
            redirect.addFlashAttribute("uploadError", checked.refusalKey());
            return "redirect:/o/" + slug;
        }
        try {
            organizations.addImage(organization.id(), checked.image(), caption);
            redirect.addFlashAttribute("saved", true);
        } catch (ValidationFailedException tooMany) {
            redirect.addFlashAttribute(
                    "uploadMessage", tooMany.errors().getFirst().message());
        }
        return "redirect:/o/" + slug;
    }

    @PostMapping("/o/{slug}/images/{imageId}/delete")
    String deleteImage(@PathVariable String slug, @PathVariable UUID imageId, RedirectAttributes redirect) {
        organizations.removeImage(find(slug).id(), imageId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/o/" + slug;
    }

    @GetMapping("/media/organizations/{id}/logo")
    ResponseEntity<InputStreamResource> logo(@PathVariable UUID id) {
        return serve(organizations.logo(id).orElseThrow(() -> new NotFoundException("logo")));
    }

    @GetMapping("/media/organizations/{id}/images/{imageId}")
    ResponseEntity<InputStreamResource> image(@PathVariable UUID id, @PathVariable UUID imageId) {
        return serve(organizations.image(id, imageId).orElseThrow(() -> new NotFoundException("image")));
    }

    private static ResponseEntity<InputStreamResource> serve(Organizations.Media media) {
        // Private caching only: whether a visitor may see the picture depends on who the visitor is.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(media.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(media.content()));
    }

    private OrganizationDetails find(String slug) {
        return organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organization"));
    }

    /** Rights first: nobody learns anything about the upload checks without being allowed to upload. */
    private OrganizationDetails editable(String slug) {
        OrganizationDetails organization = find(slug);
        if (!organizations.permissions(organization.id()).edit()) {
            throw new AccessDeniedException("may not edit");
        }
        return organization;
    }
}
