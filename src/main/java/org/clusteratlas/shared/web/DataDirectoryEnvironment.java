package org.clusteratlas.shared.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the embedded H2 database's address from {@code atlas.data-dir}, so that one variable moves all data. H2
 * refuses relative paths without "./", which is why the path is made absolute here instead of in a property file.
 * An explicitly configured {@code spring.datasource.url} (PostgreSQL) always wins.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String dataDir = environment.getProperty("atlas.data-dir", "./data");
        Path database =
                Path.of(dataDir).toAbsolutePath().normalize().resolve("db").resolve("clusteratlas");
        String url = "jdbc:h2:file:" + database.toString().replace('\\', '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("atlasDataDirectory", Map.of("spring.datasource.url", url)));
    }
}
