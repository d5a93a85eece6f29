package org.clusteratlas.billing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    private UUID id;

    public int position;
    public String description;
    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Column(name = "net_amount")
    public BigDecimal netAmount;

    protected InvoiceLine() {}

    public InvoiceLine(int position, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.netAmount = net;
    }
}
