package org.clusteratlas.taxonomy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnmappedTerms extends JpaRepository<UnmappedTerm, String> {

    List<UnmappedTerm> findTop200ByOrderByTimesSeenDescTermAsc();
}
