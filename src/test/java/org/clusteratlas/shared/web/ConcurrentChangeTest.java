package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/** Two requests racing for the same row get a 409 asking to repeat, in the API and on pages, never a 500. */
class ConcurrentChangeTest extends AtlasIntegrationTest {

    @Autowired
    ApiProblemHandler api;

    @Autowired
    PageErrorAdvice pages;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void apiAnswersAConflictProblem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ProblemDetail problem = api.concurrentChange(new DataIntegrityViolationException("duplicate key"));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).startsWith("Somebody else changed or created the same thing");
    }

    @Test
    void pagesShowTheConflictPageInTheVisitorsLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/n/metall-kl/news");
        Object answer = pages.concurrentChange(
                new OptimisticLockingFailureException("stale"), request, new ServletWebRequest(request));
        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView page = (ModelAndView) answer;
        assertThat(page.getViewName()).isEqualTo("error/409");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) page.getModel().get("reason")).startsWith("Jemand anderes hat dasselbe");
    }
}
