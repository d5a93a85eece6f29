package org.clusteratlas.news.internal;

import java.time.Instant;
import java.util.UUID;

/** Where a post lives and when it last changed: all a sitemap entry needs. */
public record PostAddress(UUID networkId, String slug, Instant updatedAt) {}
