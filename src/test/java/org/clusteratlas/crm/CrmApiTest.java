package org.clusteratlas.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.crm.internal.TaskReminders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The CRM's interactions and tasks through the API: what an office logs and plans, "my tasks" and "overdue", reminder
 * mails, bad input as problem documents, and that no office ever sees another network's records (403 for another
 * network's lists, 404 for its records).
 */
class CrmApiTest extends AtlasIntegrationTest {

    static final String NETWORK_A = "it-westpfalz";
    static final String NETWORK_B = "lautern-impuls";

    @Autowired
    TaskReminders reminders;

    private String officeA;
    private String officeB;
    private UUID kettering;
    private UUID backstube;

    @BeforeEach
    void fixture() {
        officeA = tokenFor(office(NETWORK_A));
        officeB = tokenFor(office(NETWORK_B));
        kettering = organizationId("demo-it-001");
        backstube = organizationId("demo-kl-001");
    }

    private MvcResult send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token)
            throws Exception {
        return mvc.perform(request.with(as(token))).andReturn();
    }

    private JsonNode created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return body(result);
    }

    private Map<String, Object> interaction(UUID organizationId, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId);
        body.put("kind", "CALL");
        body.put("subject", subject);
        body.put("notes", "Über die Ausbildungsinitiative gesprochen.");
        return body;
    }

    @Test
    void anInteractionWithAFollowUpIsLoggedAndTheTaskIsTheLoggersOwn() throws Exception {
        String subject = unique("Telefonat");
        Map<String, Object> body = interaction(kettering, subject);
        UUID contact = jdbc.queryForObject(
                "select id from organization_contact where organization_id = ? order by sort_order fetch first 1 rows only",
                UUID.class,
                kettering);
        body.put("contactId", contact);
        body.put(
                "followUp",
                Map.of(
                        "title",
                        "Angebot schicken " + subject,
                        "dueDate",
                        LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(3)));

        JsonNode logged = created(send(postJson("/api/v1/interactions?network=" + NETWORK_A, body), officeA));

        assertThat(logged.get("subject").asString()).isEqualTo(subject);
        assertThat(logged.get("organizationName").asString()).isEqualTo("Kettering Softwarehaus GmbH");
        assertThat(logged.get("contactName").asString()).isEqualTo("Sabine Kettering");
        assertThat(logged.get("network").asString()).isEqualTo(NETWORK_A);
        JsonNode log = okJson("/api/v1/interactions?network=" + NETWORK_A + "&organization=" + kettering, officeA);
        assertThat(log.values())
                .anySatisfy(i -> assertThat(i.get("subject").asString()).isEqualTo(subject));

        JsonNode mine = okJson("/api/v1/tasks?network=" + NETWORK_A + "&assignee=me", officeA);
        JsonNode task = mine.values().stream()
                .filter(t -> t.get("title").asString().endsWith(subject))
                .findFirst()
                .orElseThrow();
        assertThat(task.get("interactionId").asString())
                .isEqualTo(logged.get("id").asString());
        assertThat(task.get("assigneeId").asString())
                .isEqualTo(accountId(office(NETWORK_A)).toString());
        assertThat(task.get("overdue").asBoolean()).isFalse();
        assertThat(okJson("/api/v1/tasks", officeA).values())
                .as("my tasks across my offices")
                .anySatisfy(t -> assertThat(t.get("id")).isEqualTo(task.get("id")));
    }

    @Test
    void overdueTasksAreListedAndDoneOnesLeaveTheOpenLists() throws Exception {
        String title = unique("Mahnung");
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("organizationId", kettering);
        command.put("title", title);
        command.put(
                "dueDate", LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(2));
        JsonNode task = created(send(postJson("/api/v1/tasks?network=" + NETWORK_A, command), officeA));
        assertThat(task.get("overdue").asBoolean()).isTrue();

        assertThat(titles(okJson("/api/v1/tasks?network=" + NETWORK_A + "&overdue=true", officeA)))
                .contains(title);

        MvcResult done = send(
                post("/api/v1/tasks/" + task.get("id").asString() + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + task.get("version").asLong() + "\"")
                        .content("{\"status\":\"DONE\"}"),
                officeA);
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(done).get("completedAt").isNull()).isFalse();
        assertThat(titles(okJson("/api/v1/tasks?network=" + NETWORK_A + "&overdue=true", officeA)))
                .doesNotContain(title);
        assertThat(titles(okJson("/api/v1/tasks?network=" + NETWORK_A + "&status=DONE", officeA)))
                .contains(title);

        MvcResult stale = send(
                put("/api/v1/tasks/" + task.get("id").asString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + task.get("version").asLong() + "\"")
                        .content(toJson(Map.of("title", "überholt"))),
                officeA);
        assertThat(stale.getResponse().getStatus())
                .as("a change based on an old version")
                .isEqualTo(409);
        MvcResult reopened = send(
                put("/api/v1/tasks/" + task.get("id").asString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", done.getResponse().getHeader("ETag"))
                        .content(toJson(Map.of("title", title, "status", "OPEN"))),
                officeA);
        assertThat(reopened.getResponse().getStatus())
                .as("the ETag of the last answer is the current version")
                .isEqualTo(200);
    }

    @Test
    void dueTasksAreRemindedOfOnceInOneMailPerAssignee() throws Exception {
        String title = unique("Rückruf");
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("title", title);
        command.put(
                "dueDate", LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(1));
        created(send(postJson("/api/v1/tasks?network=" + NETWORK_B, command), officeB));

        reminders.remindDueTasks(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        reminders.remindDueTasks(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));

        List<String> mails = mailsTo(office(NETWORK_B)).stream()
                .filter(m -> m.contains(title))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains("/n/" + NETWORK_B + "/crm/tasks/");
    }

    @Test
    void noOfficeSeesAnotherNetworksRecords() throws Exception {
        JsonNode logged = created(send(
                postJson("/api/v1/interactions?network=" + NETWORK_A, interaction(kettering, unique("Intern"))),
                officeA));
        String id = logged.get("id").asString();
        Map<String, Object> command = Map.of("title", unique("Intern"));
        String taskId = created(send(postJson("/api/v1/tasks?network=" + NETWORK_A, command), officeA))
                .get("id")
                .asString();

        // Another network's lists: forbidden; its records: not found, for reading, changing and deleting alike.
        assertThat(getAs("/api/v1/interactions?network=" + NETWORK_A, officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/tasks?network=" + NETWORK_A, officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/interactions/" + id, officeB).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(getAs("/api/v1/tasks/" + taskId, officeB).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(send(
                                put("/api/v1/interactions/" + id)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(toJson(interaction(kettering, "übernommen"))),
                                officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(delete("/api/v1/tasks/" + taskId), officeB)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(okJson("/api/v1/tasks", officeB).values())
                .noneSatisfy(t -> assertThat(t.get("id").asString()).isEqualTo(taskId));

        // Members, editors and anonymous callers have no CRM at all.
        assertThat(getAs("/api/v1/interactions?network=" + NETWORK_A, tokenFor(MEMBER))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/interactions/" + id, tokenFor(EDITOR))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("/api/v1/tasks", null).getResponse().getStatus()).isEqualTo(401);

        // An office can only log about its own network's members.
        MvcResult foreign =
                send(postJson("/api/v1/interactions?network=" + NETWORK_A, interaction(backstube, "Fremd")), officeA);
        assertThat(foreign.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(foreign).get("errors"))).containsExactly("organizationId");
        // … and assign tasks only to its own office.
        MvcResult assigned = send(
                postJson(
                        "/api/v1/tasks?network=" + NETWORK_A,
                        Map.of("title", "x", "assigneeId", accountId(office(NETWORK_B)))),
                officeA);
        assertThat(assigned.getResponse().getStatus()).isEqualTo(400);
        assertThat(errorFields(body(assigned).get("errors"))).containsExactly("assigneeId");

        // The office itself deletes its record.
        assertThat(send(delete("/api/v1/interactions/" + id), officeA)
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
    }

    @Test
    void badInputIsALocalizedProblemDocument() throws Exception {
        MvcResult result = mvc.perform(postJson("/api/v1/interactions?network=" + NETWORK_A, Map.of("kind", "CALL"))
                        .header("Accept-Language", "de")
                        .with(as(officeA)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(errorFields(body(result).get("errors"))).contains("organizationId", "subject");

        MvcResult badKind = send(
                postJson(
                        "/api/v1/interactions?network=" + NETWORK_A,
                        "{\"organizationId\":\"" + kettering + "\",\"kind\":\"TELEPATHY\",\"subject\":\"x\"}"),
                officeA);
        assertThat(badKind.getResponse().getStatus()).isEqualTo(400);
        assertThat(getAs("/api/v1/tasks?network=" + NETWORK_A + "&assignee=nobody", officeA)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(getAs("/api/v1/tasks?network=no-such-network", officeA)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static List<String> titles(JsonNode tasks) {
        return tasks.values().stream().map(t -> t.get("title").asString()).toList();
    }
}
