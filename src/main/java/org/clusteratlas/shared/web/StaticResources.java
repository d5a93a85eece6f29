package org.clusteratlas.shared.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets: the application's stylesheets, scripts and icon, and the WebJars, under content-hashed names cached
 * for a year.
 *
 * <p>Why not Spring Boot's default mapping ({@code spring.web.resources.add-mappings=false}): it serves static files
 * under {@code /**}, so every link a page renders ({@code /organizations/…}, each facet and page link) is first looked
 * up as a file on the class path to find a content-hashed name for it — a miss that is not cached. On the search page
 * that was a third of the CPU (docs/benchmarks.md). Mapping only the asset paths keeps the other links out of it.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** URL pattern → class-path folder; a pattern's path below its folder (what {@code **} matched) is the file. */
    static final Map<String, String> ASSETS = Map.of(
            "/css/**", "classpath:/static/css/",
            "/js/**", "classpath:/static/js/",
            "/*.svg", "classpath:/static/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addResolver(new LiteWebJarsResourceResolver());
        ASSETS.forEach((path, location) -> registry.addResourceHandler(path)
                .addResourceLocations(location)
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
    }
}
