package org.clusteratlas.identity;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work on behalf of an account outside a web request (start-up seeding, scheduled jobs), so that the same
 * rights checks apply as when that person acts in the UI.
 */
public interface RunAs {

    <T> T runAs(UUID accountId, Supplier<T> action);
}
