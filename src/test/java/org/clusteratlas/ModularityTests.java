package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The application modules keep their boundaries: no cycles, no access to another module's internals. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(ClusterAtlasApplication.class);

    @Test
    void detectsTheDocumentedModules() {
        List<String> names = MODULES.stream()
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .toList();

        assertThat(names)
                .containsExactlyInAnyOrder(
                        "billing",
                        "crm",
                        "demo",
                        "donation",
                        "geo",
                        "identity",
                        "jobs",
                        "mail",
                        "membership",
                        "network",
                        "news",
                        "organization",
                        "portal",
                        "privacy",
                        "project",
                        "shared",
                        "taxonomy");
    }

    @Test
    void verifiesModularStructure() {
        MODULES.verify();
    }

    @Test
    void writesDocumentationSnippets() throws IOException {
        Documenter documenter = new Documenter(MODULES).writeDocumentation();

        Path folder = Path.of("target", "spring-modulith-docs");
        assertThat(documenter).isNotNull();
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("components.puml", "module-organization.puml", "module-organization.adoc");
        }
    }
}
