package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.clusteratlas.organization.OrganizationKind;

/** The yearly amount for organizations of a kind with a head count in [employeesFrom, employeesTo]. */
@Entity
@Table(name = "fee_line")
public class FeeLine {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationKind kind;

    @Column(name = "employees_from", nullable = false)
    private int employeesFrom;

    @Column(name = "employees_to")
    private Integer employeesTo;

    @Column(name = "yearly_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal yearlyAmount;

    protected FeeLine() {}

    public FeeLine(int position, OrganizationKind kind, int employeesFrom, Integer employeesTo, BigDecimal amount) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.kind = kind;
        this.employeesFrom = employeesFrom;
        this.employeesTo = employeesTo;
        this.yearlyAmount = amount;
    }

    /** Whether the line prices an organization of the kind and head count (unknown head count counts as 0). */
    public boolean matches(OrganizationKind kind, Integer employees) {
        int count = employees == null ? 0 : employees;
        return this.kind == kind && count >= employeesFrom && (employeesTo == null || count <= employeesTo);
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public int getEmployeesFrom() {
        return employeesFrom;
    }

    public Integer getEmployeesTo() {
        return employeesTo;
    }

    public BigDecimal getYearlyAmount() {
        return yearlyAmount;
    }
}
