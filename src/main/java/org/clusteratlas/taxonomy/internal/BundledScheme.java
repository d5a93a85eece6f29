package org.clusteratlas.taxonomy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Installs the curated scheme shipped with the application ({@code taxonomy/competences.ttl}) into an empty
 * taxonomy. Runs before the demo data, so that demo profiles are mapped to concepts. An existing scheme, edited by
 * admins, is never overwritten.
 */
@Component
@Order(50)
class BundledScheme implements ApplicationRunner {

    static final String RESOURCE = "taxonomy/competences.ttl";

    private static final Logger log = LoggerFactory.getLogger(BundledScheme.class);

    private final Concepts concepts;
    private final SkosExchange exchange;

    BundledScheme(Concepts concepts, SkosExchange exchange) {
        this.concepts = concepts;
        this.exchange = exchange;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (concepts.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            SkosExchange.ImportSummary summary = exchange.importSkos(in, SkosExchange.Format.TURTLE, false);
            log.info("Competence taxonomy installed: {} concepts", summary.created());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled taxonomy " + RESOURCE + " could not be read", e);
        }
    }
}
