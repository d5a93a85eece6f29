package org.clusteratlas.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.billing.InvoiceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

    @Query("""
            select i from Invoice i where i.networkId = :networkId and (:status is null or i.status = :status)
            order by i.issueDate desc, i.number desc
            """)
    List<Invoice> find(@Param("networkId") UUID networkId, @Param("status") InvoiceStatus status);

    List<Invoice> findByOrganizationIdOrderByIssueDateDesc(UUID organizationId);

    boolean existsByMembershipIdAndPeriodKey(UUID membershipId, String periodKey);

    /** Standing invoices of the membership whose period overlaps [from, to]. */
    @Query("""
            select count(i) > 0 from Invoice i where i.membershipId = :membershipId and i.kind = 'INVOICE'
              and i.status <> 'CANCELLED' and i.periodStart <= :to and i.periodEnd >= :from
            """)
    boolean existsOverlapping(
            @Param("membershipId") UUID membershipId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Open invoices due before the day (candidates for a reminder). */
    @Query("""
            select i from Invoice i where i.kind = 'INVOICE' and i.status in ('OPEN', 'PARTIALLY_PAID')
              and i.dueDate < :today and (:networkId is null or i.networkId = :networkId)
            order by i.dueDate
            """)
    List<Invoice> overdue(@Param("today") LocalDate today, @Param("networkId") UUID networkId);

    /** Open invoices of the network not in a collection yet. */
    @Query("""
            select i from Invoice i where i.networkId = :networkId and i.kind = 'INVOICE'
              and i.status in ('OPEN', 'PARTIALLY_PAID') and i.collectionId is null
            order by i.number
            """)
    List<Invoice> collectable(@Param("networkId") UUID networkId);
}
