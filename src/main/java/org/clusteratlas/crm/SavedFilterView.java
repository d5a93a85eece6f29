package org.clusteratlas.crm;

import java.util.UUID;

/** A named segment of the office; {@code query} is the member list's query string. */
public record SavedFilterView(UUID id, String name, String query) {}
