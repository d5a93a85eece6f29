package org.clusteratlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Language of the user interface: chosen by the {@code lang} link parameter and remembered in a cookie; without a
 * choice the browser's {@code Accept-Language} decides among German and English, and German is the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("atlas-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
        return resolver;
    }

    /**
     * The best supported language by the browser's weighted list; German when the header is missing, malformed or
     * names only languages (or "*") the platform does not speak. The servlet container's own parsing is not used
     * because it falls back to the server's default locale.
     */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.GERMAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match != null ? match : Locale.GERMAN;
        } catch (IllegalArgumentException malformed) {
            return Locale.GERMAN;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The API's own "lang" parameter is per request; it must not set a cookie.
        registry.addInterceptor(new LanguageSwitchInterceptor())
                .excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/actuator/**");
    }

    /** Remembers {@code ?lang=de|en}; any other value is ignored rather than turned into an error or a locale. */
    static final class LanguageSwitchInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = UriComponentsBuilder.newInstance()
                    .query(request.getQueryString())
                    .build()
                    .getQueryParams()
                    .getFirst("lang");
            // A multipart body is never read here: parsing it fails for an oversized upload, before that upload's
            // own error could be reported.
            String contentType = request.getContentType();
            if (lang == null && (contentType == null || !contentType.startsWith("multipart/"))) {
                lang = request.getParameter("lang");
            }
            if (lang == null) {
                return true;
            }
            String wanted = lang.strip().toLowerCase(Locale.ROOT);
            SUPPORTED.stream()
                    .filter(locale -> locale.getLanguage().equals(wanted))
                    .findFirst()
                    .ifPresent(locale -> {
                        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                        if (resolver != null) {
                            resolver.setLocale(request, response, locale);
                        }
                    });
            return true;
        }
    }
}
