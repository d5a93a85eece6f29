package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.ViolationPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem document in the caller's language: validation errors carry an
 * {@code errors} array of {@code {field, message}}; nothing internal (exception messages, stack traces) leaks.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    static final String CONCURRENT_CHANGE = "problem.concurrent-change";

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found.title", "problem.not-found.detail");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflict.title", null);
        problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), locale()));
        return problem;
    }

    /**
     * Two requests changed or created the same thing at once: the loser's transaction was rolled back whole, so
     * nothing is half-written, and repeating the request is the remedy. A 409, not a 500.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail concurrentChange(RuntimeException ex) {
        log.warn("Concurrent change refused: {}", ex.getMessage());
        return conflict(new ConflictException(CONCURRENT_CHANGE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return problem(HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "problem.unauthorized.detail");
        }
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        List<FieldMessage> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldMessage(ViolationPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldMessage::field))
                .toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(ValidationFailedException.class)
    ProblemDetail validationFailed(ValidationFailedException ex) {
        return validationProblem(ex.errors());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal.title", "problem.internal.detail");
    }

    /**
     * The problem document for an error raised before any API controller was chosen (unknown path, unsupported media
     * type or method): the same answer a controller's error would get.
     */
    ResponseEntity<?> problemFor(Exception ex, HttpServletRequest request, WebRequest webRequest) {
        return switch (ex) {
            case NotFoundException notFound ->
                ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(notFound));
            case ConflictException conflict ->
                ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(conflict));
            case OptimisticLockingFailureException concurrent ->
                ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(concurrent));
            case DataIntegrityViolationException concurrent ->
                ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(concurrent));
            case ValidationFailedException invalid ->
                ResponseEntity.badRequest().body(validationFailed(invalid));
            default -> {
                try {
                    ResponseEntity<?> handled = handleException(ex, webRequest);
                    yield handled != null
                            ? handled
                            : ResponseEntity.internalServerError().body(unexpected(ex, request));
                } catch (Exception unknown) {
                    yield ResponseEntity.internalServerError().body(unexpected(ex, request));
                }
            }
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldMessage(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        messages.getMessage(error, locale())))
                .sorted(Comparator.comparing(FieldMessage::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldMessage(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale()))))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /**
     * Framework errors (unreadable JSON, wrong media type, unknown path, missing parameter) keep their status but get
     * a localized title and a detail that names no internals.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        ProblemDetail problem = ProblemDetail.forStatus(statusCode);
        String key = "problem.http." + statusCode.value();
        problem.setTitle(messages.getMessage(key + ".title", null, defaultTitle(statusCode), locale()));
        problem.setDetail(messages.getMessage(key + ".detail", null, null, locale()));
        return new ResponseEntity<>(problem, headers, statusCode);
    }

    private static String defaultTitle(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : String.valueOf(status.value());
    }

    private ProblemDetail validationProblem(List<FieldMessage> errors) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "problem.validation.title", "problem.validation.detail");
        problem.setType(URI.create("urn:clusteratlas:problem:validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey, null, locale()));
        if (detailKey != null) {
            problem.setDetail(messages.getMessage(detailKey, null, locale()));
        }
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
