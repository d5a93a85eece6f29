package org.clusteratlas.shared.web;

import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Derives the embedded H2 database's address from {@code atlas.data-dir}, so that one variable moves all data. H2
 * refuses relative paths without "./", which is why the path is made absolute here instead of in a property file.
 *
 * <p>The address is computed when it is read, not when this runs: {@code atlas.data-dir} may still be added later
 * (tests add it per context). The source has the lowest precedence, so an explicitly configured
 * {@code spring.datasource.url} (PostgreSQL) always wins.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new DerivedDatabaseUrl(environment));
    }

    static String h2Url(String dataDir) {
        Path database =
                Path.of(dataDir).toAbsolutePath().normalize().resolve("db").resolve("clusteratlas");
        return "jdbc:h2:file:" + database.toString().replace('\\', '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /**
     * NOTE: the environment is a field, not the property source's "source": Spring Boot expands a source that is an
     * environment into its property sources, which would include this one again, without end.
     */
    static final class DerivedDatabaseUrl extends PropertySource<Object> {

        private final ConfigurableEnvironment environment;

        DerivedDatabaseUrl(ConfigurableEnvironment environment) {
            super("atlasDataDirectory", new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            return URL_PROPERTY.equals(name) ? h2Url(environment.getProperty("atlas.data-dir", "./data")) : null;
        }
    }
}
