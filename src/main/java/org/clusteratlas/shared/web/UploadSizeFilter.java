package org.clusteratlas.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an upload larger than {@code spring.servlet.multipart.max-request-size} with 413 and the localized error
 * page, before anything (the CSRF check, for one) tries to parse the body: the container would otherwise fail that
 * parse with an exception that surfaces as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UploadSizeFilter(MultipartProperties multipart, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null
                && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length())
                && maxRequestBytes > 0
                && request.getContentLengthLong() > maxRequestBytes) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Locale locale = locales.resolveLocale(request);
                ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
                problem.setTitle(messages.getMessage("problem.http.413.title", null, locale));
                problem.setDetail(messages.getMessage("problem.http.413.detail", null, locale));
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem);
            } else {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
