package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages become localized error pages with the right status; the exception itself is logged, never shown.
 * Unknown addresses under {@code /api/} answer a problem document instead, like the rest of the API.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final MessageSource messages;
    private final ApiProblemHandler apiProblems;

    PageErrorAdvice(MessageSource messages, ApiProblemHandler apiProblems) {
        this.messages = messages;
        this.apiProblems = apiProblems;
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException ex, HttpServletRequest request, WebRequest webRequest) {
        if (isApi(request)) {
            return apiProblems.problemFor(ex, request, webRequest);
        }
        ModelAndView page = page("error/409", HttpStatus.CONFLICT);
        page.addObject("reason", messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
        return page;
    }

    /** Two people changed the same thing at once: the conflict page asks to reload and repeat, no 500. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    Object concurrentChange(RuntimeException ex, HttpServletRequest request, WebRequest webRequest) {
        if (isApi(request)) {
            return apiProblems.problemFor(ex, request, webRequest);
        }
        log.warn(
                "Concurrent change refused on {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                ex.getMessage());
        return conflict(new ConflictException(ApiProblemHandler.CONCURRENT_CHANGE), request, webRequest);
    }

    /** Left to Spring Security: anonymous visitors are sent to the login page, others get 403. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException ex) {
        throw ex;
    }

    /**
     * Everything else. Errors of the request itself (unknown address, wrong method or media type, a parameter of
     * the wrong type) keep their 4xx status; anything unexpected is logged and shown as a 500 page.
     */
    @ExceptionHandler(Exception.class)
    Object error(Exception ex, HttpServletRequest request, WebRequest webRequest) {
        if (isApi(request)) {
            return apiProblems.problemFor(ex, request, webRequest);
        }
        HttpStatusCode status = clientErrorStatus(ex);
        if (status == null) {
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
            return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR);
        }
        return page(status.value() == 404 ? "error/404" : "error/4xx", HttpStatus.valueOf(status.value()));
    }

    private static HttpStatusCode clientErrorStatus(Exception ex) {
        if (ex instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        // A service's validation error that a page did not catch for its form (a hand-made address, such as a merge
        // preview of an organization with itself) is the request's fault: a 400 page, not a logged 500.
        if (ex instanceof ValidationFailedException
                || ex instanceof TypeMismatchException
                || ex instanceof HttpMessageNotReadableException
                || ex instanceof InvalidPropertyException
                || ex instanceof MultipartException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return response.getStatusCode();
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        // Like Spring Boot's own error model, so the error pages can tell statuses apart.
        page.addObject("status", status.value());
        return page;
    }
}
