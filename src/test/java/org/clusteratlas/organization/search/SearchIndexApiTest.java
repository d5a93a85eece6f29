package org.clusteratlas.organization.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Mass reindex through the API: it rebuilds every document from the database, and the index is usable after it. */
class SearchIndexApiTest extends AtlasIntegrationTest {

    @Autowired
    SearchIndex index;

    @Test
    void rebuildRestoresEveryDocumentAndReportsProgress() throws Exception {
        JsonNode before = body(getAs("/api/v1/admin/search-index", ADMIN_TOKEN));
        assertThat(before.get("counts").get("organizations").asLong()).isPositive();

        int status = mvc.perform(post("/api/v1/admin/search-index/rebuild").with(bearer(ADMIN_TOKEN)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(202, 409);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (index.progress().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        SearchIndex.Progress progress = index.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.failure()).isNull();
        assertThat(progress.percent()).isEqualTo(100);
        SearchIndex.Counts counts = index.counts();
        assertThat(counts.inStep()).as("%s", counts).isTrue();
        JsonNode after = body(getAs("/api/v1/search/organizations?q=Pulverbeschichtung", null));
        assertThat(after.get("total").asLong()).isPositive();
    }

    @Test
    void onlyPlatformAdminsSeeOrRebuildTheIndex() throws Exception {
        assertThat(getAs("/api/v1/admin/search-index", null).getResponse().getStatus())
                .isEqualTo(401);
        assertThat(getAs("/api/v1/admin/search-index", tokenFor(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
