package org.clusteratlas.taxonomy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Concepts extends JpaRepository<Concept, UUID> {

    Optional<Concept> findByUri(String uri);

    List<Concept> findByUriIn(java.util.Collection<String> uris);

    /** The whole scheme with labels and relations in few queries: it has hundreds of concepts, not millions. */
    @EntityGraph(attributePaths = {"altLabels", "broader"})
    @Query("select distinct c from Concept c order by c.prefLabelDe")
    List<Concept> findAllWithLabels();
}
