package org.clusteratlas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.identity.internal.ApiTokenService;
import org.clusteratlas.shared.NotFoundException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ApiTokenTest extends AtlasIntegrationTest {

    /** An empty import: 200 for a network manager, 403 for other accounts, 401 without valid authentication. */
    private int emptyImportStatus(String token) throws Exception {
        return mvc.perform(importRequest(List.of()).with(as(token)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void personalTokenIsStoredOnlyAsItsSha256Hash() {
        UUID account = accountId(MEMBER);

        ApiTokenService.IssuedToken issued = apiTokens.issue(account, "hash check");

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", issued.id());
        assertThat(row.get("token_hash")).isEqualTo(sha256Hex(issued.secret()));
        assertThat(row.get("user_id")).isEqualTo(account);
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(issued.secret()));
        Integer anywhere = jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ? or name = ? or token_prefix = ?",
                Integer.class,
                issued.secret(),
                issued.secret(),
                issued.secret());
        assertThat(anywhere).isZero();
    }

    @Test
    void personalTokenActsWithItsOwnersRights() throws Exception {
        assertThat(emptyImportStatus(tokenFor(office("metall-kl"))))
                .as("network manager")
                .isEqualTo(200);
        assertThat(emptyImportStatus(tokenFor(MEMBER))).as("member").isEqualTo(403);
        assertThat(emptyImportStatus(null)).as("anonymous").isEqualTo(401);
    }

    @Test
    void emptyImportOfAManagerReportsNothing() throws Exception {
        mvc.perform(importRequest(List.of()).with(bearer(tokenFor(office("metall-kl")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.failed").isEmpty());
    }

    @Test
    void revokedTokenIsUnauthorized() throws Exception {
        UUID account = accountId(office("metall-kl"));
        ApiTokenService.IssuedToken issued = apiTokens.issue(account, "to be revoked");
        assertThat(emptyImportStatus(issued.secret())).isEqualTo(200);

        apiTokens.revoke(account, issued.id());

        mvc.perform(importRequest(List.of()).with(bearer(issued.secret())))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Even public reads refuse a revoked token instead of silently answering as anonymous.
        mvc.perform(get("/api/v1/networks").with(bearer(issued.secret()))).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfAnotherAccountCannotBeRevokedByAStranger() throws Exception {
        UUID owner = accountId(office("metall-kl"));
        ApiTokenService.IssuedToken issued = apiTokens.issue(owner, "not yours");

        assertThatThrownBy(() -> apiTokens.revoke(accountId(MEMBER), issued.id()))
                .isInstanceOf(NotFoundException.class);

        assertThat(emptyImportStatus(issued.secret())).isEqualTo(200);
    }

    @Test
    void invalidBearerTokenIsUnauthorizedProblemWithChallenge() throws Exception {
        mvc.perform(get("/api/v1/networks").header("Authorization", "Bearer cat_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void emptyBearerTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/networks").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void bootstrapTokenActsAsPlatformAdmin() throws Exception {
        String slug = unique("boot");

        mvc.perform(postJson(
                                "/api/v1/networks",
                                Map.of("slug", slug, "name", Map.of("de", "Bootstrap-Netz"), "federations", List.of()))
                        .with(bearer(ADMIN_TOKEN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value(slug));
        assertThat(emptyImportStatus(ADMIN_TOKEN)).isEqualTo(200);
    }

    @Test
    void bootstrapTokenIsStoredHashedForAPlatformAdminAccount() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select t.token_hash, t.revoked_at, u.platform_admin from api_token t "
                        + "join user_account u on u.id = t.user_id where t.token_hash = ?",
                sha256Hex(ADMIN_TOKEN));

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("revoked_at")).isNull();
        assertThat(rows.getFirst().get("platform_admin")).isEqualTo(true);
        Integer plain = jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ? or token_prefix = ? or name = ?",
                Integer.class,
                ADMIN_TOKEN,
                ADMIN_TOKEN,
                ADMIN_TOKEN);
        assertThat(plain).isZero();
    }
}
