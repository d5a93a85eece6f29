package org.clusteratlas.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A member's named discount in percent. */
public record DiscountView(UUID organizationId, String name, BigDecimal percent) {}
