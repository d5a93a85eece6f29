package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.clusteratlas.ClusterAtlasApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A missing or corrupt index is rebuilt at start-up, before the application reports ready: the data dir is reused
 * across three starts, with the index deleted before the second and its files overwritten with garbage before the
 * third.
 */
class SearchIndexRecoveryIT {

    private static final Path DATA_DIR = Path.of("target/test-data/index-recovery-" + UUID.randomUUID());

    private static ConfigurableApplicationContext start() {
        // Command-line arguments: default properties would lose against application.properties.
        return new SpringApplicationBuilder(ClusterAtlasApplication.class)
                .run(
                        "--atlas.data-dir=" + DATA_DIR,
                        "--atlas.demo-data=true",
                        "--server.port=0",
                        "--atlas.mail.delivery=STORE",
                        "--spring.main.banner-mode=off");
    }

    private static void assertUsable(ConfigurableApplicationContext context) {
        SearchIndex index = context.getBean(SearchIndex.class);
        SearchIndex.Counts counts = index.counts();
        assertThat(counts.organizations()).isPositive();
        assertThat(counts.inStep()).as("%s", counts).isTrue();
        OrganizationResults results = context.getBean(OrganizationSearch.class)
                .search(OrganizationQuery.text("Pulverbeschichtung"), org.clusteratlas.identity.CurrentUser.ANONYMOUS);
        assertThat(results.total()).isPositive();
    }

    @Test
    void missingAndCorruptIndexesAreRebuiltAtStartUp() throws IOException {
        try (var context = start()) {
            assertUsable(context);
        }
        Path index = DATA_DIR.resolve("index");
        deleteRecursively(index);
        try (var context = start()) {
            assertUsable(context);
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, "not a lucene file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try (var context = start()) {
            assertUsable(context);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        deleteRecursively(DATA_DIR);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
