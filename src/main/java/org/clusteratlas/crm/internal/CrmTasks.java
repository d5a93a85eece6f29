package org.clusteratlas.crm.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.crm.TaskStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CrmTasks extends JpaRepository<CrmTask, UUID> {

    /** A network's tasks by the filter; null parameters do not filter. Due first, undated last. */
    @Query("""
            select t from CrmTask t
            where t.networkId = :networkId
              and (:assigneeId is null or t.assigneeId = :assigneeId)
              and (:status is null or t.status = :status)
              and (:organizationId is null or t.organizationId = :organizationId)
              and (:dueBefore is null or t.dueDate < :dueBefore)
            order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.createdAt
            """)
    List<CrmTask> find(
            @Param("networkId") UUID networkId,
            @Param("assigneeId") UUID assigneeId,
            @Param("status") TaskStatus status,
            @Param("organizationId") UUID organizationId,
            @Param("dueBefore") LocalDate dueBefore,
            Pageable page);

    /** Open tasks assigned to the person in any of the networks, due first. */
    @Query("""
            select t from CrmTask t
            where t.assigneeId = :assigneeId and t.status = org.clusteratlas.crm.TaskStatus.OPEN
              and t.networkId in :networkIds
            order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.createdAt
            """)
    List<CrmTask> openAssignedTo(
            @Param("assigneeId") UUID assigneeId, @Param("networkIds") List<UUID> networkIds, Pageable page);

    /** Open tasks due by the day whose assignee has not been reminded of that due date yet. */
    @Query("""
            select t from CrmTask t
            where t.status = org.clusteratlas.crm.TaskStatus.OPEN and t.assigneeId is not null
              and t.dueDate <= :day and (t.remindedFor is null or t.remindedFor <> t.dueDate)
            order by t.assigneeId, t.dueDate
            """)
    List<CrmTask> toRemind(@Param("day") LocalDate day, Pageable page);
}
