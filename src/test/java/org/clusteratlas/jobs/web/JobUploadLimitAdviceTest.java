package org.clusteratlas.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The servlet refuses an application beyond its multipart limits before any controller runs, so MockMvc (which
 * does not parse multipart requests) cannot reach this path; the advice is called as the dispatcher would call it.
 */
class JobUploadLimitAdviceTest extends AtlasIntegrationTest {

    @Autowired
    JobUploadLimitAdvice advice;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());
        return request;
    }

    @Test
    void anApplicationAboveTheServletLimitGoesBackToTheJobPageWithTheMessageAtTheCvField() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MockHttpServletRequest request = request("/jobs/ausbildung-deichbau/apply");

        ModelAndView answer = advice.tooLarge(request);

        assertThat(answer.getViewName()).isEqualTo("redirect:/jobs/ausbildung-deichbau#apply");
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
        assertThat(flash.get("applyErrors"))
                .isEqualTo(Map.of("cv", "The application is too large: at most 5 MB per file and 4 files in all."));
    }

    @Test
    void otherUploadsAboveTheLimitGetTheErrorPageWithStatus413() {
        ModelAndView answer = advice.tooLarge(request("/o/irgendwer/logo"));

        assertThat(answer.getViewName()).isEqualTo("error/4xx");
        assertThat(answer.getStatus().value()).isEqualTo(413);
    }
}
