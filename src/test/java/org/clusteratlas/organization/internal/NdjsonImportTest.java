package org.clusteratlas.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.util.List;
import org.clusteratlas.organization.ImportResult;
import org.clusteratlas.organization.OrganizationData;
import org.clusteratlas.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.json.JsonMapper;

/** The chunking of the bulk import: what happens when the database refuses a chunk as a whole. */
class NdjsonImportTest {

    private final Organizations organizations = mock(Organizations.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    // Outbox coordination: the import neither customizes nor awaits the indexing (no search mapping needed here).
    private final NdjsonImport importer =
            new NdjsonImport(organizations, JsonMapper.builder().build(), messages, null, "outbox-polling");

    private static String line(String externalId) {
        return "{\"externalId\":\"" + externalId + "\",\"networks\":[\"n\"],\"name\":\"" + externalId
                + "\",\"kind\":\"COMPANY\"}";
    }

    @Test
    void aChunkTheDatabaseRefusesIsWrittenAgainLineByLineSoOnlyTheBadLineIsReported() throws Exception {
        messages.addMessage("import.line.conflict", java.util.Locale.getDefault(), "conflict");
        when(organizations.upsertAllForImport(anyList(), any()))
                .thenThrow(new DataIntegrityViolationException("duplicate key"));
        when(organizations.upsertForImport(any(OrganizationData.class))).thenAnswer(call -> {
            OrganizationData data = call.getArgument(0);
            if (data.externalId().equals("b")) {
                throw new DataIntegrityViolationException("duplicate key");
            }
            return new Organizations.UpsertOutcome(true, List.of());
        });

        ImportResult result = importer.run(new StringReader(String.join("\n", line("a"), line("b"), line("c"))));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.line()).isEqualTo(2);
            assertThat(failed.externalId()).isEqualTo("b");
        });
        verify(organizations, times(1)).upsertAllForImport(anyList(), any());
        verify(organizations, times(3)).upsertForImport(any(OrganizationData.class));
    }

    @Test
    void linesAreWrittenInChunksOfAFixedSize() throws Exception {
        when(organizations.upsertAllForImport(anyList(), any())).thenAnswer(call -> {
            List<OrganizationData> lines = call.getArgument(0);
            return lines.stream()
                    .map(data -> new Organizations.ImportLineOutcome(
                            new Organizations.UpsertOutcome(true, List.of()), List.of()))
                    .toList();
        });
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < NdjsonImport.CHUNK_LINES * 2 + 1; i++) {
            body.append(line("x" + i)).append('\n');
        }

        ImportResult result = importer.run(new StringReader(body.toString()));

        assertThat(result.created()).isEqualTo(NdjsonImport.CHUNK_LINES * 2 + 1);
        verify(organizations, times(3)).upsertAllForImport(anyList(), any());
    }
}
