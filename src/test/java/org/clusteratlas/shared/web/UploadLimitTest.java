package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

/** Uploads over the request limit are refused with 413 before anything parses them (no 500, no stack trace). */
class UploadLimitTest extends AtlasIntegrationTest {

    /** One megabyte more than the configured request limit. */
    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize limit;

    private byte[] oversized() {
        return new byte[(int) limit.toBytes() + 1024 * 1024];
    }

    @Test
    void anOversizedUploadToAPageIsRefusedWith413() throws Exception {
        MvcResult result = mvc.perform(post("/o/kettering-softwarehaus-gmbh/logo")
                        .contentType("multipart/form-data; boundary=x")
                        .content(oversized()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void anOversizedUploadToTheApiGetsAProblemDocument() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/taxonomy/import")
                        .header("Accept-Language", "en")
                        .contentType("multipart/form-data; boundary=x")
                        .content(oversized()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).get("title").asString()).isEqualTo("Request too large");
    }

    @Test
    void aSmallMultipartRequestPassesTheLimit() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/taxonomy/import")
                        .contentType("multipart/form-data; boundary=x")
                        .content(new byte[100]))
                .andReturn();

        // Anonymous and not an accepted media type: refused by security or the endpoint, but not for its size.
        assertThat(result.getResponse().getStatus()).isNotEqualTo(413);
    }
}
