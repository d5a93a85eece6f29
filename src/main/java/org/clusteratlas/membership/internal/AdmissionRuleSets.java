package org.clusteratlas.membership.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdmissionRuleSets extends JpaRepository<AdmissionRuleSet, UUID> {}
