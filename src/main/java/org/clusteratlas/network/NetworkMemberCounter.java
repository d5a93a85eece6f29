package org.clusteratlas.network;

import java.util.Map;
import java.util.UUID;

/**
 * Implemented by the module that owns memberships, so that network listings can show member counts without the
 * network module depending on it.
 */
public interface NetworkMemberCounter {

    /** Member count per network id; networks without members may be missing. */
    Map<UUID, Long> countMembersByNetwork();
}
