package org.clusteratlas.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Platform-wide start-up configuration, named as in the API contract ({@code ATLAS_DATA_DIR},
 * {@code ATLAS_BOOTSTRAP_ADMIN_TOKEN}, {@code ATLAS_DEMO_DATA}).
 *
 * @param dataDir folder for the embedded database, the search index and uploads
 * @param demoData seed the demo networks and companies into an empty database
 * @param baseUrl the public address used in mails (verification and reset links)
 * @param bootstrap the bootstrap admin token
 * @param zone the networks' time zone: what "today" means for due dates, memberships and reminders
 */
@Validated
@ConfigurationProperties("atlas")
public record AtlasProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demoData,

        @NotNull @Pattern(regexp = "https?://\\S+[^/]") @DefaultValue("http://localhost:8080")
        String baseUrl,

        @Valid @NotNull @DefaultValue Bootstrap bootstrap,
        @NotNull @DefaultValue("Europe/Berlin") java.time.ZoneId zone) {

    /**
     * @param adminToken when set, an API token with platform-admin rights and exactly this value exists after start-up
     */
    public record Bootstrap(@Size(max = 200) String adminToken) {

        public boolean hasAdminToken() {
            return adminToken != null && !adminToken.isBlank();
        }
    }

    /** The absolute, normalized data directory. */
    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
