package org.clusteratlas.jobs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Field errors of the job pages' forms, as a map from the form's field name to the localized message. */
final class JobPages {

    private JobPages() {}

    /** The service's field names where the form names them differently. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "title", "titleDe",
            "description", "descriptionDe",
            "locations", "postalCode",
            "cv", "cv",
            "documents", "documents");

    static Map<String, String> errors(ValidationFailedException invalid) {
        return errors(invalid.errors());
    }

    static Map<String, String> errors(List<FieldMessage> messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldMessage message : messages) {
            String field = message.field();
            if (field.startsWith("locations[")) {
                field = "postalCode";
            }
            field = FORM_FIELDS.getOrDefault(field, field);
            errors.merge(field, message.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Values the form could not even convert (a date or number typed wrong). */
    static Map<String, String> bindingErrors(BindingResult binding, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(error -> errors.put(
                        error.getField(),
                        messages.getMessage("jobs.error.invalid-value", null, LocaleContextHolder.getLocale())));
        return errors;
    }

    /**
     * Creates the CSRF token (and with it the session) before the page is rendered. Thymeleaf writes long pages out
     * while it renders them; a form further down (the alert form under the results, the application form under a
     * long description) would otherwise ask for the token after the response is committed, when no session can be
     * created any more, and the page would break off for a first-time visitor.
     */
    static void loadCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
    }
}
