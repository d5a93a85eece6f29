package org.clusteratlas.crm;

import java.util.UUID;

/** A tag of the network's office, with how many members carry it. */
public record TagView(UUID id, String network, String name, int members, long version) {}
