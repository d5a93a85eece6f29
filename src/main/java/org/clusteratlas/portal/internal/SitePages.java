package org.clusteratlas.portal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SitePages extends JpaRepository<SitePage, String> {}
