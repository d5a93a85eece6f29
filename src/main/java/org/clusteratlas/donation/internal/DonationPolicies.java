package org.clusteratlas.donation.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DonationPolicies extends JpaRepository<DonationPolicy, UUID> {}
