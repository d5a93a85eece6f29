package org.clusteratlas.crm;

import java.util.UUID;

/**
 * Which tasks of a network to list.
 *
 * @param assigneeId only those assigned to this person, or all when null
 * @param status only those in this status, or all when null
 * @param overdueOnly only open tasks due before today
 * @param organizationId only those about this organization, or all when null
 */
public record TaskFilter(UUID assigneeId, TaskStatus status, boolean overdueOnly, UUID organizationId) {

    public static final TaskFilter OPEN = new TaskFilter(null, TaskStatus.OPEN, false, null);
}
