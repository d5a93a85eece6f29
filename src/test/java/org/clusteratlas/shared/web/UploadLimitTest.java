package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Uploads over the request limit are refused with 413 before anything parses them (no 500, no stack trace). */
class UploadLimitTest extends AtlasIntegrationTest {

    static final byte[] SEVEN_MEGABYTES = new byte[7 * 1024 * 1024];

    @Test
    void anOversizedUploadToAPageIsRefusedWith413() throws Exception {
        MvcResult result = mvc.perform(post("/o/kettering-softwarehaus-gmbh/logo")
                        .contentType("multipart/form-data; boundary=x")
                        .content(SEVEN_MEGABYTES))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void anOversizedUploadToTheApiGetsAProblemDocument() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/taxonomy/import")
                        .header("Accept-Language", "en")
                        .contentType("multipart/form-data; boundary=x")
                        .content(SEVEN_MEGABYTES))
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
