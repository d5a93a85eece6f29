package org.clusteratlas.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottles extends JpaRepository<LoginThrottleEntry, String> {}
