package org.clusteratlas;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Browser and PostgreSQL tests need things outside the JVM. On a developer machine without them they are skipped
 * with a reason; in CI ({@code atlas.require-external-tests=true}, set by {@code .ci/run}) a missing one fails the
 * build instead of letting the suite pass without ever running them.
 */
public final class ExternalTestSupport {

    private ExternalTestSupport() {}

    public static boolean required() {
        return Boolean.getBoolean("atlas.require-external-tests") || "true".equals(System.getenv("CI"));
    }

    public static void assumeAvailable(boolean available, String what) {
        if (available) {
            return;
        }
        if (required()) {
            fail(what + " is required for this test run but not available");
        }
        Assumptions.abort(what + " is not available; install it or run .ci/run");
    }
}
