package org.clusteratlas.billing.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingSettingsRepository extends JpaRepository<BillingSettingsRecord, UUID> {}
