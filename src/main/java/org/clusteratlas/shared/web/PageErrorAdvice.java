package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors on pages become localized error pages with the right status; the exception itself is logged, never shown.
 * Unknown addresses under {@code /api/} answer a problem document instead, like the rest of the API.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final MessageSource messages;

    PageErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
            problem.setTitle(messages.getMessage("problem.not-found.title", null, LocaleContextHolder.getLocale()));
            problem.setDetail(messages.getMessage("problem.not-found.detail", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException ex) {
        ModelAndView page = page("error/409", HttpStatus.CONFLICT);
        page.addObject("reason", messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
        return page;
    }

    /** Left to Spring Security: anonymous visitors are sent to the login page, others get 403. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
