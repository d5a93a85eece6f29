package org.clusteratlas.identity.internal;

import java.util.UUID;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.shared.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ATLAS_BOOTSTRAP_ADMIN_TOKEN}: automation's first key. Runs before the application reports ready, so a client
 * that waits for health UP can use the token immediately.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdminToken implements ApplicationRunner {

    static final String ACCOUNT_EMAIL = "bootstrap-admin@clusteratlas.invalid";
    static final String TOKEN_NAME = "bootstrap";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminToken.class);

    private final AtlasProperties properties;
    private final Accounts accounts;
    private final ApiTokenService tokens;

    BootstrapAdminToken(AtlasProperties properties, Accounts accounts, ApiTokenService tokens) {
        this.properties = properties;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.bootstrap().hasAdminToken()) {
            return;
        }
        // The account can never sign in with a password: its password is a random secret nobody knows.
        UUID admin = accounts.ensureVerifiedAccount(ACCOUNT_EMAIL, "Bootstrap Admin", Tokens.newSecret(""), true);
        tokens.ensureToken(
                admin, TOKEN_NAME, properties.bootstrap().adminToken().strip());
        log.info("Bootstrap admin token is active for {}", ACCOUNT_EMAIL);
    }
}
