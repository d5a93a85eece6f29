package org.clusteratlas.organization;

import java.time.Instant;

/** A profile anyone may see: its address {@code /o/{slug}} and when it last changed. */
public record PublicProfile(String slug, Instant updatedAt) {}
