package org.clusteratlas.shared.web;

import java.util.Arrays;
import org.clusteratlas.shared.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells operators, once ready, where the data lives and which profile runs: the first two questions in any incident. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final AtlasProperties properties;
    private final Environment environment;

    StartupReport(AtlasProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String[] profiles = environment.getActiveProfiles();
        log.info(
                "ClusterAtlas ready: profile(s) {}, data dir {}, database {}, demo data {}",
                profiles.length == 0 ? "[default: embedded H2]" : Arrays.toString(profiles),
                properties.dataDirectory(),
                withoutCredentials(environment.getProperty("spring.datasource.url", "?")),
                properties.demoData());
        if (properties.bootstrap().hasAdminToken()
                && properties.bootstrap().adminToken().length() < 16) {
            log.warn(
                    "ATLAS_BOOTSTRAP_ADMIN_TOKEN is shorter than 16 characters; use a long random value in production");
        }
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
