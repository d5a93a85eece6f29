package org.clusteratlas.jobs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.jobs.JobsProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An application larger than the servlet's multipart limits never reaches {@link JobsController}: the request is
 * refused while it is parsed, before any controller is chosen (so this advice cannot be limited to the jobs
 * controllers and looks at the address instead). The candidate is sent back to the job page with the same kind of
 * message at the CV field that a too-large file within the limits gets. Other addresses get the usual error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobUploadLimitAdvice {

    private static final Pattern APPLY = Pattern.compile("/jobs/([^/]{1,80})/apply");

    private final MessageSource messages;
    private final JobsProperties properties;

    JobUploadLimitAdvice(MessageSource messages, JobsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher apply = APPLY.matcher(path);
        if (!apply.matches()) {
            ModelAndView page = new ModelAndView("error/4xx");
            page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
            return page;
        }
        String megabytes = BigDecimal.valueOf(properties.maxFileBytes())
                .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        String message = messages.getMessage(
                "jobs.apply.error.request-too-large",
                new Object[] {megabytes, properties.maxFiles()},
                LocaleContextHolder.getLocale());
        // The redirect view stores the flash attributes for the job page.
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("applyErrors", Map.of("cv", message));
        return new ModelAndView("redirect:/jobs/" + apply.group(1) + "#apply");
    }
}
