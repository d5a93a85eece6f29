package org.clusteratlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.clusteratlas.AtlasPageTest;
import org.clusteratlas.identity.NetworkRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every endpoint of the application, read from its own request mappings, has a declared set of
 * roles that may use it, and every other role is verified to be refused (401, 403, or sent to the sign-in page).
 * For reading endpoints the allowed roles are verified too; writing endpoints are not executed for allowed roles,
 * their effect is the subject of the functional tests. A new endpoint without a declaration fails the build.
 *
 * <p>The fixture: "Kettering Softwarehaus GmbH" belongs to the networks it-westpfalz and metall-kl and is edited by
 * the demo editor; office A runs it-westpfalz, office B runs lautern-impuls.
 */
class AuthorizationMatrixTest extends AtlasPageTest {

    enum Role {
        ANONYMOUS,
        MEMBER_A,
        MEMBER_B,
        EDITOR,
        OFFICE_A,
        OFFICE_B,
        ADMIN
    }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);
    static final Set<Role> ANY_OFFICE = EnumSet.of(Role.OFFICE_A, Role.OFFICE_B, Role.ADMIN);
    static final Set<Role> OFFICE_A = EnumSet.of(Role.OFFICE_A, Role.ADMIN);
    static final Set<Role> EDITORS_OF_KETTERING = EnumSet.of(Role.EDITOR, Role.OFFICE_A, Role.ADMIN);
    static final Set<Role> MEMBERS_OF_A = EnumSet.of(Role.MEMBER_A, Role.EDITOR, Role.OFFICE_A, Role.ADMIN);

    static final String KETTERING = "kettering-softwarehaus-gmbh";
    static final String MEMBER_B_EMAIL = "mitglied-b@clusteratlas.example";
    static final String DEMO_POST = "geschaeftsstelle-im-it-campus-eroeffnet";

    /** One declared endpoint: its mapping as Spring lists it, a concrete request, and who may use it. */
    record Rule(String mapping, String path, Set<Role> allowed, String body, String contentType) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, String> tokens = new LinkedHashMap<>();
    private String ketteringId;
    private String conceptId;
    private String interactionId;
    private String taskId;
    private String applicationId;
    private String projectId;
    private String projectSlug;
    private String jobId;
    private String jobApplicationId;

    /**
     * Mappings whose records are "not found" (404) for whoever may not see them, so that their existence does not
     * leak: there, 404 is the refusal.
     */
    static final Set<String> HIDDEN = Set.of(
            "GET /api/v1/interactions/{id}",
            "PUT /api/v1/interactions/{id}",
            "DELETE /api/v1/interactions/{id}",
            "GET /api/v1/tasks/{id}",
            "PUT /api/v1/tasks/{id}",
            "POST /api/v1/tasks/{id}/status",
            "DELETE /api/v1/tasks/{id}",
            "GET /api/v1/contacts/{id}",
            "PUT /api/v1/contacts/{id}/network-roles",
            "GET /api/v1/tags/{id}",
            "PUT /api/v1/tags/{id}",
            "DELETE /api/v1/tags/{id}",
            "POST /api/v1/tags/{id}/organizations",
            "DELETE /api/v1/tags/{id}/organizations/{organizationId}",
            "GET /api/v1/memberships/{id}",
            "PATCH /api/v1/memberships/{id}",
            "GET /api/v1/membership-applications/{id}",
            "GET /api/v1/fee-schedules/{id}",
            "PUT /api/v1/fee-schedules/{id}",
            "DELETE /api/v1/fee-schedules/{id}",
            "GET /api/v1/invoices/{id}",
            "GET /api/v1/invoices/{id}/pdf",
            "GET /api/v1/invoices/{id}/xml",
            "POST /api/v1/invoices/{id}/payments",
            "POST /api/v1/invoices/{id}/cancel",
            "POST /api/v1/invoices",
            "GET /api/v1/mandates/{id}",
            "POST /api/v1/mandates/{id}/revoke",
            "PUT /api/v1/jobs/{id}",
            "DELETE /api/v1/jobs/{id}",
            "GET /api/v1/jobs/{id}/applications",
            "POST /api/v1/jobs/{id}/applications/{applicationId}/status");

    @BeforeEach
    void roles() {
        UUID memberB = accounts.ensureVerifiedAccount(MEMBER_B_EMAIL, "Mitglied B", DEMO_PASSWORD, false);
        UUID lauternImpuls = jdbc.queryForObject("select id from network where slug = 'lautern-impuls'", UUID.class);
        accounts.assignNetworkRole(memberB, lauternImpuls, NetworkRole.MEMBER);
        tokens.put(Role.MEMBER_A, tokenFor(MEMBER));
        tokens.put(Role.MEMBER_B, tokenFor(MEMBER_B_EMAIL));
        tokens.put(Role.EDITOR, tokenFor(EDITOR));
        tokens.put(Role.OFFICE_A, tokenFor(office("it-westpfalz")));
        tokens.put(Role.OFFICE_B, tokenFor(office("lautern-impuls")));
        tokens.put(Role.ADMIN, ADMIN_TOKEN);
        ketteringId = jdbc.queryForObject("select id from organization where slug = ?", String.class, KETTERING);
        conceptId = jdbc.queryForObject("select id from taxonomy_concept fetch first 1 rows only", String.class);
        // A CRM interaction and task of office A, for the rules that name one.
        UUID officeA = accountId(office("it-westpfalz"));
        UUID itWestpfalz = jdbc.queryForObject("select id from network where slug = 'it-westpfalz'", UUID.class);
        interactionId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into crm_interaction (id, network_id, organization_id, kind, occurred_at, subject, author_id,"
                        + " created_at, updated_at) values (?, ?, ?, 'NOTE', current_timestamp, 'Matrix', ?,"
                        + " current_timestamp, current_timestamp)",
                UUID.fromString(interactionId),
                itWestpfalz,
                UUID.fromString(ketteringId),
                officeA);
        taskId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into crm_task (id, network_id, title, assignee_id, status, created_at, updated_at)"
                        + " values (?, ?, 'Matrix', ?, 'OPEN', current_timestamp, current_timestamp)",
                UUID.fromString(taskId),
                itWestpfalz,
                officeA);
        // A membership application to it-westpfalz, for the API that reads one.
        applicationId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into membership_application (id, network_id, status, organization_name, kind, postal_code,"
                        + " city, part_of_group, contact_first_name, contact_last_name, email, language, submitted_at)"
                        + " values (?, ?, 'PENDING', 'Matrix', 'COMPANY', '67655', 'Kaiserslautern', false, 'M', 'M',"
                        + " 'matrix@test.example', 'de', current_timestamp)",
                UUID.fromString(applicationId),
                itWestpfalz);
        // A public project of it-westpfalz: readable by everyone, changed by its office only.
        projectId = UUID.randomUUID().toString();
        projectSlug = "matrix-" + projectId.substring(0, 8);
        jdbc.update(
                "insert into project (id, network_id, slug, title_de, status, visibility, created_at, updated_at)"
                        + " values (?, ?, ?, 'Matrix', 'RUNNING', 'PUBLIC', current_timestamp, current_timestamp)",
                UUID.fromString(projectId),
                itWestpfalz,
                projectSlug);
        jobFixture();
    }

    /** The fixture's application and project would otherwise show on it-westpfalz's pages in other tests. */
    @AfterEach
    void removeFixtures() {
        jdbc.update("delete from project where id = ?", UUID.fromString(projectId));
        jdbc.update("delete from membership_application where id = ?", UUID.fromString(applicationId));
    }

    /** A published posting of Kettering with one application, for the job board's rules. */
    private void jobFixture() {
        jobId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into job_posting (id, slug, organization_id, kind, title_de, description_de, remote,"
                        + " employment_type, apply_channel, status, published_at, valid_through, created_at,"
                        + " updated_at) values (?, ?, ?, 'JOB', 'Matrix', 'Matrix', 'FULL', 'FULL_TIME', 'PLATFORM',"
                        + " 'PUBLISHED', current_timestamp, ?, current_timestamp, current_timestamp)",
                UUID.fromString(jobId),
                unique("matrix-job"),
                UUID.fromString(ketteringId),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30));
        jobApplicationId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into job_application (id, posting_id, name, email, language, status, created_at, updated_at)"
                        + " values (?, ?, 'Matrix', 'matrix@example.org', 'de', 'RECEIVED', current_timestamp,"
                        + " current_timestamp)",
                UUID.fromString(jobApplicationId),
                UUID.fromString(jobId));
    }

    private String email(Role role) {
        return switch (role) {
            case ANONYMOUS -> null;
            case MEMBER_A -> MEMBER;
            case MEMBER_B -> MEMBER_B_EMAIL;
            case EDITOR -> EDITOR;
            case OFFICE_A -> office("it-westpfalz");
            case OFFICE_B -> office("lautern-impuls");
            case ADMIN -> ADMIN;
        };
    }

    private List<Rule> rules() {
        String random = UUID.randomUUID().toString();
        String network = "{\"slug\":\"matrix-net\",\"name\":{\"de\":\"Matrix\"}}";
        String federation = "{\"slug\":\"matrix-fed\",\"name\":{\"de\":\"Matrix\"},\"networks\":[]}";
        String organization = "{\"networks\":[\"it-westpfalz\"],\"name\":\"Matrix GmbH\",\"kind\":\"COMPANY\"}";
        String form =
                "networks=it-westpfalz&name=Matrix+GmbH&kind=COMPANY&country=DE&visibility=PUBLIC&status=PUBLISHED";
        String urlencoded = "application/x-www-form-urlencoded";
        List<Rule> rules = new ArrayList<>();
        // Public pages and media
        rules.add(get("GET /", "/", EVERYONE));
        rules.add(get("GET /about", "/about", EVERYONE));
        rules.add(get("GET /robots.txt", "/robots.txt", EVERYONE));
        rules.add(get("GET /impressum", "/impressum", EVERYONE));
        rules.add(get("GET /datenschutz", "/datenschutz", EVERYONE));
        rules.add(get("GET /admin/pages/{slug}", "/admin/pages/imprint", ADMIN_ONLY));
        rules.add(write("POST /admin/pages/{slug}", "/admin/pages/imprint", ADMIN_ONLY, "contentDe=x", urlencoded));
        rules.add(get("GET /sitemap.xml", "/sitemap.xml", EVERYONE));
        rules.add(get("GET /sitemap-networks.xml", "/sitemap-networks.xml", EVERYONE));
        rules.add(get("GET /sitemap-organizations-{page}.xml", "/sitemap-organizations-0.xml", EVERYONE));
        rules.add(get("GET /networks", "/networks", EVERYONE));
        // Membership applications: anyone applies, the network's office decides
        rules.add(get("GET /n/{slug}/apply", "/n/it-westpfalz/apply", EVERYONE));
        rules.add(write("POST /n/{slug}/apply", "/n/it-westpfalz/apply", EVERYONE, "", urlencoded));
        rules.add(get("GET /n/{slug}/apply/thanks", "/n/it-westpfalz/apply/thanks", EVERYONE));
        rules.add(get("GET /n/{slug}/applications", "/n/it-westpfalz/applications", OFFICE_A));
        rules.add(
                get("GET /n/{slug}/applications/{applicationId}", "/n/it-westpfalz/applications/" + random, OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/applications/{applicationId}/accept",
                "/n/it-westpfalz/applications/" + random + "/accept",
                OFFICE_A,
                "note=x",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/applications/{applicationId}/reject",
                "/n/it-westpfalz/applications/" + random + "/reject",
                OFFICE_A,
                "note=x",
                urlencoded));
        rules.add(get(
                "GET /n/{slug}/applications/{applicationId}/documents/{documentId}",
                "/n/it-westpfalz/applications/" + random + "/documents/" + random,
                OFFICE_A));
        // Admission rules: the network's office (and platform admins) only
        rules.add(get("GET /n/{slug}/admission-rules", "/n/it-westpfalz/admission-rules", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/admission-rules",
                "/n/it-westpfalz/admission-rules",
                OFFICE_A,
                "maxEmployees=0",
                urlencoded));
        rules.add(get("GET /api/v1/admission-rules/{network}", "/api/v1/admission-rules/it-westpfalz", OFFICE_A));
        rules.add(write(
                "PUT /api/v1/admission-rules/{network}",
                "/api/v1/admission-rules/it-westpfalz",
                OFFICE_A,
                "{}",
                "application/json"));
        rules.add(get(
                "GET /api/v1/membership-applications",
                "/api/v1/membership-applications?network=it-westpfalz",
                OFFICE_A));
        rules.add(get(
                "GET /api/v1/membership-applications/{id}",
                "/api/v1/membership-applications/" + applicationId,
                OFFICE_A));
        rules.add(get("GET /n/{slug}", "/n/it-westpfalz", EVERYONE));
        // Projects: read as far as their visibility allows (this one is public), written by the network's office
        String project = "/n/it-westpfalz/projects/" + projectSlug;
        rules.add(get("GET /n/{slug}/projects", "/n/it-westpfalz/projects", EVERYONE));
        rules.add(get("GET /n/{slug}/projects/{projectSlug}", project, EVERYONE));
        rules.add(get(
                "GET /n/{slug}/projects/{projectSlug}/documents/{documentId}",
                project + "/documents/" + random,
                EVERYONE));
        rules.add(get("GET /n/{slug}/projects/new", "/n/it-westpfalz/projects/new", OFFICE_A));
        rules.add(write("POST /n/{slug}/projects", "/n/it-westpfalz/projects", OFFICE_A, "titleDe=X", urlencoded));
        rules.add(get("GET /n/{slug}/projects/{projectSlug}/edit", project + "/edit", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/projects/{projectSlug}/edit", project + "/edit", OFFICE_A, "titleDe=X", urlencoded));
        rules.add(write("POST /n/{slug}/projects/{projectSlug}/delete", project + "/delete", OFFICE_A, "", urlencoded));
        rules.add(write(
                "POST /n/{slug}/projects/{projectSlug}/documents",
                project + "/documents",
                OFFICE_A,
                "title=X",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/projects/{projectSlug}/documents/{documentId}/delete",
                project + "/documents/" + random + "/delete",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(get("GET /n/{slug}/projects/programmes", "/n/it-westpfalz/projects/programmes", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/projects/programmes",
                "/n/it-westpfalz/projects/programmes",
                OFFICE_A,
                "nameDe=X",
                urlencoded));
        rules.add(get("GET /api/v1/projects", "/api/v1/projects?network=it-westpfalz", EVERYONE));
        rules.add(get("GET /api/v1/projects/{id}", "/api/v1/projects/" + projectId, EVERYONE));
        rules.add(write(
                "POST /api/v1/projects", "/api/v1/projects?network=it-westpfalz", OFFICE_A, "{}", "application/json"));
        rules.add(write(
                "PUT /api/v1/projects/{id}", "/api/v1/projects/" + projectId, OFFICE_A, "{}", "application/json"));
        rules.add(write("DELETE /api/v1/projects/{id}", "/api/v1/projects/" + projectId, OFFICE_A, null, null));
        rules.add(get("GET /api/v1/funding-programmes", "/api/v1/funding-programmes?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "POST /api/v1/funding-programmes",
                "/api/v1/funding-programmes?network=it-westpfalz",
                OFFICE_A,
                "{}",
                "application/json"));
        // News (the demo post of it-westpfalz; writes name a post that need not exist: rights come first)
        String post = "/n/it-westpfalz/news/" + DEMO_POST;
        String postForm = "titleDe=X&bodyDe=Y&version=0";
        rules.add(get("GET /n/{slug}/news", "/n/it-westpfalz/news", EVERYONE));
        rules.add(get("GET /n/{slug}/news/{postSlug}", post, EVERYONE));
        rules.add(get("GET /media/news/{id}/image", "/media/news/" + random + "/image", EVERYONE));
        rules.add(get("GET /n/{slug}/news/manage", "/n/it-westpfalz/news/manage", OFFICE_A));
        rules.add(get("GET /n/{slug}/news/new", "/n/it-westpfalz/news/new", OFFICE_A));
        rules.add(write("POST /n/{slug}/news", "/n/it-westpfalz/news", OFFICE_A, postForm, urlencoded));
        rules.add(get("GET /n/{slug}/news/{postSlug}/edit", post + "/edit", OFFICE_A));
        rules.add(write("POST /n/{slug}/news/{postSlug}/edit", post + "/edit", OFFICE_A, postForm, urlencoded));
        rules.add(
                write("POST /n/{slug}/news/{postSlug}/publish", post + "/publish", OFFICE_A, "version=0", urlencoded));
        rules.add(write(
                "POST /n/{slug}/news/{postSlug}/unpublish", post + "/unpublish", OFFICE_A, "version=0", urlencoded));
        rules.add(write("POST /n/{slug}/news/{postSlug}/delete", post + "/delete", OFFICE_A, "version=0", urlencoded));
        rules.add(get("GET /sitemap-news.xml", "/sitemap-news.xml", EVERYONE));
        rules.add(get("GET /organizations", "/organizations", EVERYONE));
        rules.add(get("GET /o/{slug}", "/o/" + KETTERING, EVERYONE));
        rules.add(get("GET /search", "/search?q=laser", EVERYONE));
        rules.add(get("GET /o/{slug}/matches", "/o/" + KETTERING + "/matches", EVERYONE));
        rules.add(get("GET /o/{slug}/leads", "/o/" + KETTERING + "/leads", EVERYONE));
        rules.add(get("GET /taxonomy/suggest", "/taxonomy/suggest?q=laser", EVERYONE));
        rules.add(get("GET /media/networks/{slug}/logo", "/media/networks/it-westpfalz/logo", EVERYONE));
        rules.add(get("GET /media/organizations/{id}/logo", "/media/organizations/" + ketteringId + "/logo", EVERYONE));
        rules.add(get(
                "GET /media/organizations/{id}/images/{imageId}",
                "/media/organizations/" + ketteringId + "/images/" + random,
                EVERYONE));
        rules.add(get("GET /login", "/login", EVERYONE));
        rules.add(get("GET /register", "/register", EVERYONE));
        rules.add(get("GET /register/sent", "/register/sent", EVERYONE));
        rules.add(get("GET /register/verify", "/register/verify?token=x", EVERYONE));
        rules.add(get("GET /password/forgot", "/password/forgot", EVERYONE));
        rules.add(get("GET /password/reset", "/password/reset?token=x", EVERYONE));
        rules.add(write("POST /register", "/register", EVERYONE, "", urlencoded));
        rules.add(write("POST /password/forgot", "/password/forgot", EVERYONE, "", urlencoded));
        rules.add(write("POST /password/reset", "/password/reset", EVERYONE, "", urlencoded));
        // Own account
        rules.add(get("GET /account/tokens", "/account/tokens", SIGNED_IN));
        rules.add(get("GET /account/matches", "/account/matches", SIGNED_IN));
        rules.add(write("POST /account/tokens", "/account/tokens", SIGNED_IN, "name=x", urlencoded));
        rules.add(write(
                "POST /account/tokens/{id}/revoke",
                "/account/tokens/" + random + "/revoke",
                SIGNED_IN,
                "",
                urlencoded));
        // Organization pages
        rules.add(get("GET /organizations/new", "/organizations/new", ANY_OFFICE));
        rules.add(get("GET /organizations/review", "/organizations/review", ANY_OFFICE));
        rules.add(get("GET /organizations/address-check", "/organizations/address-check", ANY_OFFICE));
        rules.add(write("POST /organizations", "/organizations", OFFICE_A, form, urlencoded));
        rules.add(get("GET /o/{slug}/edit", "/o/" + KETTERING + "/edit", EDITORS_OF_KETTERING));
        rules.add(write("POST /o/{slug}/edit", "/o/" + KETTERING + "/edit", EDITORS_OF_KETTERING, form, urlencoded));
        rules.add(write("POST /o/{slug}/delete", "/o/" + KETTERING + "/delete", ADMIN_ONLY, "", urlencoded));
        rules.add(write("POST /o/{slug}/logo", "/o/" + KETTERING + "/logo", EDITORS_OF_KETTERING, null, null));
        rules.add(write("POST /o/{slug}/images", "/o/" + KETTERING + "/images", EDITORS_OF_KETTERING, null, null));
        rules.add(write(
                "POST /o/{slug}/images/{imageId}/delete",
                "/o/" + KETTERING + "/images/" + random + "/delete",
                EDITORS_OF_KETTERING,
                "",
                urlencoded));
        rules.add(write("POST /o/{slug}/approve", "/o/" + KETTERING + "/approve", OFFICE_A, "", urlencoded));
        rules.add(write("POST /o/{slug}/reject", "/o/" + KETTERING + "/reject", OFFICE_A, "reason=x", urlencoded));
        rules.add(write(
                "POST /o/{slug}/editors", "/o/" + KETTERING + "/editors", OFFICE_A, "email=" + MEMBER, urlencoded));
        rules.add(write(
                "POST /o/{slug}/editors/{accountId}/remove",
                "/o/" + KETTERING + "/editors/" + random + "/remove",
                OFFICE_A,
                "",
                urlencoded));
        // Network pages
        rules.add(get("GET /n/{slug}/edit", "/n/it-westpfalz/edit", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/edit", "/n/it-westpfalz/edit", OFFICE_A, "slug=it-westpfalz&nameDe=X", urlencoded));
        rules.add(get("GET /n/{slug}/staff", "/n/it-westpfalz/staff", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/staff",
                "/n/it-westpfalz/staff",
                OFFICE_A,
                "email=" + MEMBER + "&role=MEMBER",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/staff/{accountId}/remove",
                "/n/it-westpfalz/staff/" + random + "/remove",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(get("GET /n/{slug}/federations", "/n/it-westpfalz/federations", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/federations/{federation}/sharing",
                "/n/it-westpfalz/federations/rlp/sharing",
                OFFICE_A,
                "shares=true",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/federations/{federation}/leave",
                "/n/it-westpfalz/federations/rlp/leave",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(get("GET /n/{slug}/theme.css", "/n/it-westpfalz/theme.css", EVERYONE));
        // Donations: public figures, members vote, the office manages
        String donations = "/n/it-westpfalz/donations";
        rules.add(get("GET /n/{slug}/donations", donations, EVERYONE));
        rules.add(write("POST /n/{slug}/donations/vote", donations + "/vote", MEMBERS_OF_A, "", urlencoded));
        rules.add(get("GET /n/{slug}/donations/manage", donations + "/manage", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/donations/policy",
                donations + "/policy",
                OFFICE_A,
                "sharePercent=50&allocation=OFFICE",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/donations/beneficiaries",
                donations + "/beneficiaries",
                OFFICE_A,
                "name=Kita&kind=KINDERGARTEN",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/donations/beneficiaries/{id}",
                donations + "/beneficiaries/" + random,
                OFFICE_A,
                "name=Kita&kind=KINDERGARTEN",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/donations/beneficiaries/{id}/remove",
                donations + "/beneficiaries/" + random + "/remove",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/donations/allocations/{year}",
                donations + "/allocations/2026",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(write("POST /n/{slug}/donations/payouts", donations + "/payouts", OFFICE_A, "amount=1", urlencoded));
        String donationApi = "/api/v1/donations/it-westpfalz";
        rules.add(get("GET /api/v1/donations/{network}", donationApi, EVERYONE));
        rules.add(write(
                "PUT /api/v1/donations/{network}/policy",
                donationApi + "/policy",
                OFFICE_A,
                "{\"sharePercent\": 50, \"allocation\": \"OFFICE\"}",
                "application/json"));
        String beneficiary = "{\"name\": \"Kita\", \"kind\": \"KINDERGARTEN\"}";
        rules.add(write(
                "POST /api/v1/donations/{network}/beneficiaries",
                donationApi + "/beneficiaries",
                OFFICE_A,
                beneficiary,
                "application/json"));
        rules.add(write(
                "PUT /api/v1/donations/{network}/beneficiaries/{id}",
                donationApi + "/beneficiaries/" + random,
                OFFICE_A,
                beneficiary,
                "application/json"));
        rules.add(write(
                "DELETE /api/v1/donations/{network}/beneficiaries/{id}",
                donationApi + "/beneficiaries/" + random,
                OFFICE_A,
                null,
                null));
        rules.add(write(
                "PUT /api/v1/donations/{network}/allocations/{year}",
                donationApi + "/allocations/2026",
                OFFICE_A,
                "{\"shares\": []}",
                "application/json"));
        rules.add(write(
                "POST /api/v1/donations/{network}/payouts",
                donationApi + "/payouts",
                OFFICE_A,
                "{\"beneficiary\": \"" + random + "\", \"year\": 2026, \"paidOn\": \"2026-01-01\"," + " \"amount\": 1}",
                "application/json"));
        rules.add(write(
                "PUT /api/v1/donations/{network}/votes/mine",
                donationApi + "/votes/mine",
                MEMBERS_OF_A,
                "{\"beneficiary\": \"" + random + "\"}",
                "application/json"));
        // Platform administration
        rules.add(get("GET /admin/users", "/admin/users", ADMIN_ONLY));
        rules.add(get("GET /admin/users/security-events", "/admin/users/security-events", ADMIN_ONLY));
        rules.add(write("POST /admin/users/{id}", "/admin/users/" + random, ADMIN_ONLY, "enabled=true", urlencoded));
        rules.add(get("GET /admin/mail", "/admin/mail", ADMIN_ONLY));
        rules.add(get("GET /admin/search-index", "/admin/search-index", ADMIN_ONLY));
        rules.add(write("POST /admin/search-index/rebuild", "/admin/search-index/rebuild", ADMIN_ONLY, "", urlencoded));
        rules.add(get("GET /admin/mail/{id}", "/admin/mail/" + random, ADMIN_ONLY));
        rules.add(get("GET /admin/networks/new", "/admin/networks/new", ADMIN_ONLY));
        rules.add(write("POST /admin/networks", "/admin/networks", ADMIN_ONLY, "slug=matrix&nameDe=X", urlencoded));
        rules.add(get("GET /admin/federations/new", "/admin/federations/new", ADMIN_ONLY));
        rules.add(
                write("POST /admin/federations", "/admin/federations", ADMIN_ONLY, "slug=matrix&nameDe=X", urlencoded));
        rules.add(get("GET /admin/federations/{slug}/edit", "/admin/federations/rlp/edit", ADMIN_ONLY));
        rules.add(write(
                "POST /admin/federations/{slug}/edit",
                "/admin/federations/rlp/edit",
                ADMIN_ONLY,
                "slug=rlp&nameDe=X",
                urlencoded));
        rules.add(get("GET /admin/taxonomy", "/admin/taxonomy", ADMIN_ONLY));
        rules.add(write("POST /admin/taxonomy/import", "/admin/taxonomy/import", ADMIN_ONLY, null, null));
        rules.add(get("GET /admin/taxonomy/concepts/new", "/admin/taxonomy/concepts/new", ADMIN_ONLY));
        rules.add(write(
                "POST /admin/taxonomy/concepts", "/admin/taxonomy/concepts", ADMIN_ONLY, "prefLabelDe=X", urlencoded));
        rules.add(get("GET /admin/taxonomy/concepts/{id}", "/admin/taxonomy/concepts/" + conceptId, ADMIN_ONLY));
        rules.add(write(
                "POST /admin/taxonomy/concepts/{id}",
                "/admin/taxonomy/concepts/" + conceptId,
                ADMIN_ONLY,
                "prefLabelDe=X",
                urlencoded));
        rules.add(write(
                "POST /admin/taxonomy/concepts/{id}/delete",
                "/admin/taxonomy/concepts/" + conceptId + "/delete",
                ADMIN_ONLY,
                "",
                urlencoded));
        // API
        rules.add(get("GET /api/v1/networks", "/api/v1/networks", EVERYONE));
        rules.add(get("GET /api/v1/networks/{slug}", "/api/v1/networks/it-westpfalz", EVERYONE));
        rules.add(write("POST /api/v1/networks", "/api/v1/networks", ADMIN_ONLY, network, "application/json"));
        rules.add(write(
                "PUT /api/v1/networks/{slug}", "/api/v1/networks/it-westpfalz", OFFICE_A, network, "application/json"));
        rules.add(get("GET /api/v1/federations", "/api/v1/federations", EVERYONE));
        rules.add(get("GET /api/v1/federations/{slug}", "/api/v1/federations/rlp", EVERYONE));
        rules.add(write("POST /api/v1/federations", "/api/v1/federations", ADMIN_ONLY, federation, "application/json"));
        rules.add(write(
                "PUT /api/v1/federations/{slug}",
                "/api/v1/federations/rlp",
                ADMIN_ONLY,
                federation,
                "application/json"));
        rules.add(write(
                "PUT /api/v1/federations/{slug}/networks/{network}",
                "/api/v1/federations/rlp/networks/it-westpfalz",
                OFFICE_A,
                "{\"sharesProfiles\": true}",
                "application/json"));
        rules.add(write(
                "DELETE /api/v1/federations/{slug}/networks/{network}",
                "/api/v1/federations/rlp/networks/it-westpfalz",
                OFFICE_A,
                null,
                null));
        rules.add(get("GET /api/v1/organizations", "/api/v1/organizations", EVERYONE));
        rules.add(write(
                "POST /api/v1/organizations", "/api/v1/organizations", OFFICE_A, organization, "application/json"));
        rules.add(write("POST /api/v1/organizations/import", "/api/v1/organizations/import", ANY_OFFICE, "", NDJSON));
        rules.add(get("GET /api/v1/organizations/{id}", "/api/v1/organizations/" + ketteringId, EVERYONE));
        rules.add(write(
                "PUT /api/v1/organizations/{id}",
                "/api/v1/organizations/" + ketteringId,
                EDITORS_OF_KETTERING,
                organization.replace("it-westpfalz", "it-westpfalz\",\"metall-kl"),
                "application/json"));
        rules.add(write(
                "DELETE /api/v1/organizations/{id}", "/api/v1/organizations/" + ketteringId, ADMIN_ONLY, null, null));
        rules.add(get("GET /api/v1/search/organizations", "/api/v1/search/organizations?q=laser", EVERYONE));
        rules.add(get("GET /api/v1/search/contacts", "/api/v1/search/contacts?q=laser", SIGNED_IN));
        rules.add(get(
                "GET /api/v1/organizations/{id}/matches",
                "/api/v1/organizations/" + ketteringId + "/matches",
                EVERYONE));
        rules.add(get(
                "GET /api/v1/organizations/{id}/leads", "/api/v1/organizations/" + ketteringId + "/leads", EVERYONE));
        rules.add(get("GET /api/v1/admin/search-index", "/api/v1/admin/search-index", ADMIN_ONLY));
        rules.add(get("GET /api/v1/me/alerts", "/api/v1/me/alerts", SIGNED_IN));
        rules.add(write(
                "POST /api/v1/me/alerts",
                "/api/v1/me/alerts",
                SIGNED_IN,
                "{\"kind\":\"SEARCH\",\"query\":\"q=laser\"}",
                "application/json"));
        rules.add(write("DELETE /api/v1/me/alerts/{id}", "/api/v1/me/alerts/" + random, SIGNED_IN, null, null));
        rules.add(write(
                "POST /api/v1/admin/search-index/rebuild",
                "/api/v1/admin/search-index/rebuild",
                ADMIN_ONLY,
                null,
                null));
        rules.add(get("GET /api/v1/taxonomy/concepts", "/api/v1/taxonomy/concepts?q=laser", EVERYONE));
        rules.add(get("GET /api/v1/taxonomy/export", "/api/v1/taxonomy/export", EVERYONE));
        rules.add(write("POST /api/v1/taxonomy/import", "/api/v1/taxonomy/import", ADMIN_ONLY, "", "text/turtle"));
        rules.add(get("GET /api/v1/taxonomy/unmapped", "/api/v1/taxonomy/unmapped", ADMIN_ONLY));
        // CRM: a network's office only. Its records are "not found" for other offices (HIDDEN below).
        String json = "application/json";
        String interaction = "{\"organizationId\":\"" + ketteringId + "\",\"kind\":\"CALL\",\"subject\":\"x\"}";
        rules.add(get("GET /api/v1/interactions", "/api/v1/interactions?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "POST /api/v1/interactions", "/api/v1/interactions?network=it-westpfalz", OFFICE_A, interaction, json));
        rules.add(get("GET /api/v1/interactions/{id}", "/api/v1/interactions/" + interactionId, OFFICE_A));
        rules.add(write(
                "PUT /api/v1/interactions/{id}", "/api/v1/interactions/" + interactionId, OFFICE_A, interaction, json));
        rules.add(write(
                "DELETE /api/v1/interactions/{id}", "/api/v1/interactions/" + interactionId, OFFICE_A, null, null));
        rules.add(get("GET /api/v1/tasks", "/api/v1/tasks?network=it-westpfalz", OFFICE_A));
        rules.add(
                write("POST /api/v1/tasks", "/api/v1/tasks?network=it-westpfalz", OFFICE_A, "{\"title\":\"x\"}", json));
        rules.add(get("GET /api/v1/tasks/{id}", "/api/v1/tasks/" + taskId, OFFICE_A));
        rules.add(write("PUT /api/v1/tasks/{id}", "/api/v1/tasks/" + taskId, OFFICE_A, "{\"title\":\"x\"}", json));
        rules.add(write(
                "POST /api/v1/tasks/{id}/status",
                "/api/v1/tasks/" + taskId + "/status",
                OFFICE_A,
                "{\"status\":\"DONE\"}",
                json));
        rules.add(write("DELETE /api/v1/tasks/{id}", "/api/v1/tasks/" + taskId, OFFICE_A, null, null));
        // Membership records: the office of the network; types are public to read.
        String membershipId = jdbc.queryForObject(
                "select cast(id as varchar(36)) from membership where organization_id = cast(? as uuid)"
                        + " and network_id = ?",
                String.class,
                ketteringId,
                jdbc.queryForObject("select id from network where slug = 'it-westpfalz'", UUID.class));
        rules.add(get("GET /api/v1/memberships", "/api/v1/memberships?network=it-westpfalz", OFFICE_A));
        rules.add(write("POST /api/v1/memberships", "/api/v1/memberships?network=it-westpfalz", OFFICE_A, "{}", json));
        rules.add(get("GET /api/v1/memberships/{id}", "/api/v1/memberships/" + membershipId, OFFICE_A));
        rules.add(write(
                "PATCH /api/v1/memberships/{id}",
                "/api/v1/memberships/" + membershipId,
                OFFICE_A,
                "{\"feeCategory\":\"STANDARD\"}",
                json));
        rules.add(get("GET /api/v1/membership-types", "/api/v1/membership-types?network=it-westpfalz", EVERYONE));
        rules.add(write(
                "PUT /api/v1/membership-types", "/api/v1/membership-types?network=it-westpfalz", OFFICE_A, "[]", json));
        // Billing: the office of the network; an invoice is also readable by the invoiced organization's editors.
        UUID itWestpfalzId = jdbc.queryForObject("select id from network where slug = 'it-westpfalz'", UUID.class);
        String scheduleId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into fee_schedule (id, network_id, name, valid_from, valid_to, currency, vat_rate,"
                        + " billing_interval, reduced_percent, created_at) values (?, ?, 'Matrix', date '1990-01-01',"
                        + " date '1990-12-31', 'EUR', 0, 'YEARLY', 0, current_timestamp)",
                UUID.fromString(scheduleId),
                itWestpfalzId);
        String invoiceId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into invoice (id, network_id, organization_id, kind, number, status, period_start, period_end,"
                        + " issue_date, due_date, currency, vat_rate, net_total, vat_total, gross_total, paid_total,"
                        + " seller_name, seller_street, seller_postal_code, seller_city, seller_country,"
                        + " seller_tax_number, seller_iban, seller_contact_name, seller_contact_phone, seller_email,"
                        + " buyer_name, buyer_country, buyer_reference, language, created_at) values (?, ?, ?,"
                        + " 'INVOICE', ?, 'OPEN', date '1990-01-01', date '1990-12-31', date '1990-01-01',"
                        + " date '1990-01-15', 'EUR', 0, 10, 0, 10, 0, 'Matrix e. V.', 'Weg 1', '67655',"
                        + " 'Kaiserslautern', 'DE', '19/123/45678', 'DE89370400440532013000', 'Office',"
                        + " '+49 631 1', 'office@matrix.example', 'Kettering', 'DE', 'matrix', 'de',"
                        + " current_timestamp)",
                UUID.fromString(invoiceId),
                itWestpfalzId,
                UUID.fromString(ketteringId),
                "MATRIX-" + invoiceId);
        jdbc.update(
                "insert into invoice_line (id, invoice_id, position, description, quantity, unit_price, net_amount)"
                        + " values (?, ?, 1, 'Beitrag', 1, 10, 10)",
                UUID.randomUUID(),
                UUID.fromString(invoiceId));
        String feeSchedule = "/api/v1/fee-schedules/" + scheduleId;
        // Valid bodies: bean validation answers before the rights are checked.
        String scheduleBody =
                "{\"name\":\"Matrix\",\"validFrom\":\"1980-01-01\",\"validTo\":\"1980-12-31\"," + "\"lines\":[]}";
        String settingsBody = "{\"legalName\":\"Matrix e. V.\",\"street\":\"Weg 1\",\"postalCode\":\"67655\","
                + "\"city\":\"Kaiserslautern\",\"taxNumber\":\"19/123/45678\",\"iban\":\"DE89370400440532013000\","
                + "\"contactName\":\"Office\",\"contactPhone\":\"+49 631 1\","
                + "\"contactEmail\":\"office@matrix.example\"}";
        String invoice = "/api/v1/invoices/" + invoiceId;
        rules.add(get("GET /api/v1/fee-schedules", "/api/v1/fee-schedules?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "POST /api/v1/fee-schedules",
                "/api/v1/fee-schedules?network=it-westpfalz",
                OFFICE_A,
                scheduleBody,
                json));
        rules.add(get("GET /api/v1/fee-schedules/{id}", feeSchedule, OFFICE_A));
        rules.add(write("PUT /api/v1/fee-schedules/{id}", feeSchedule, OFFICE_A, scheduleBody, json));
        rules.add(write("DELETE /api/v1/fee-schedules/{id}", feeSchedule, OFFICE_A, null, null));
        rules.add(get("GET /api/v1/fee-discounts", "/api/v1/fee-discounts?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "PUT /api/v1/fee-discounts/{organizationId}",
                "/api/v1/fee-discounts/" + ketteringId + "?network=it-westpfalz",
                OFFICE_A,
                "{\"name\":\"Matrix\",\"percent\":10}",
                json));
        rules.add(write(
                "DELETE /api/v1/fee-discounts/{organizationId}",
                "/api/v1/fee-discounts/" + ketteringId + "?network=it-westpfalz",
                OFFICE_A,
                null,
                null));
        rules.add(get("GET /api/v1/billing-settings", "/api/v1/billing-settings?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "PUT /api/v1/billing-settings",
                "/api/v1/billing-settings?network=it-westpfalz",
                OFFICE_A,
                settingsBody,
                json));
        rules.add(get("GET /api/v1/invoices", "/api/v1/invoices?network=it-westpfalz", OFFICE_A));
        rules.add(write(
                "POST /api/v1/invoices",
                "/api/v1/invoices",
                OFFICE_A,
                "{\"membershipId\":\"" + membershipId + "\",\"year\":2001}",
                json));
        rules.add(write(
                "POST /api/v1/invoices/run",
                "/api/v1/invoices/run?network=it-westpfalz",
                OFFICE_A,
                "{\"year\":2001}",
                json));
        rules.add(write(
                "POST /api/v1/invoices/reminders",
                "/api/v1/invoices/reminders?network=it-westpfalz",
                OFFICE_A,
                null,
                null));
        rules.add(get("GET /api/v1/invoices/{id}", invoice, EDITORS_OF_KETTERING));
        rules.add(get("GET /api/v1/invoices/{id}/pdf", invoice + "/pdf", EDITORS_OF_KETTERING));
        rules.add(get("GET /api/v1/invoices/{id}/xml", invoice + "/xml", EDITORS_OF_KETTERING));
        rules.add(write(
                "POST /api/v1/invoices/{id}/payments",
                invoice + "/payments",
                OFFICE_A,
                "{\"amount\":1,\"paidOn\":\"1990-01-01\"}",
                json));
        rules.add(write("POST /api/v1/invoices/{id}/cancel", invoice + "/cancel", OFFICE_A, null, null));
        // SEPA mandates and the billing pages: the office of the network.
        String mandateId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into sepa_mandate (id, network_id, organization_id, reference, signed_on, debtor_name, iban,"
                        + " sequence_type, created_at) values (?, ?, ?, ?, date '2020-01-01', 'Kettering',"
                        + " 'DE02120300000000202051', 'FRST', current_timestamp)",
                UUID.fromString(mandateId),
                itWestpfalzId,
                UUID.fromString(ketteringId),
                "MATRIX-" + mandateId.substring(0, 8));
        String mandate = "/api/v1/mandates/" + mandateId;
        String mandateBody = "{\"organizationId\":\"" + ketteringId + "\",\"reference\":\"M-" + random.substring(0, 8)
                + "\",\"signedOn\":\"2020-01-01\",\"debtorName\":\"Kettering\","
                + "\"iban\":\"DE02120300000000202051\"}";
        rules.add(get("GET /api/v1/mandates", "/api/v1/mandates?network=it-westpfalz", OFFICE_A));
        rules.add(write("POST /api/v1/mandates", "/api/v1/mandates?network=it-westpfalz", OFFICE_A, mandateBody, json));
        rules.add(get("GET /api/v1/mandates/{id}", mandate, OFFICE_A));
        rules.add(write("POST /api/v1/mandates/{id}/revoke", mandate + "/revoke", OFFICE_A, null, null));
        rules.add(write(
                "POST /api/v1/mandates/export",
                "/api/v1/mandates/export?network=it-westpfalz&collectionDate=2099-01-01",
                OFFICE_A,
                null,
                null));
        String billing = "/n/it-westpfalz/billing";
        String billingInvoice = billing + "/invoices/" + invoiceId;
        rules.add(get("GET /n/{slug}/billing", billing, OFFICE_A));
        rules.add(write("POST /n/{slug}/billing/run", billing + "/run", OFFICE_A, "year=2001", urlencoded));
        rules.add(write("POST /n/{slug}/billing/reminders", billing + "/reminders", OFFICE_A, "", urlencoded));
        rules.add(get("GET /n/{slug}/billing/invoices/{id}", billingInvoice, OFFICE_A));
        rules.add(get("GET /n/{slug}/billing/invoices/{id}/pdf", billingInvoice + "/pdf", OFFICE_A));
        rules.add(get("GET /n/{slug}/billing/invoices/{id}/xml", billingInvoice + "/xml", OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/billing/invoices/{id}/payments",
                billingInvoice + "/payments",
                OFFICE_A,
                "amount=1&paidOn=1990-01-01",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/billing/invoices/{id}/cancel", billingInvoice + "/cancel", OFFICE_A, "", urlencoded));
        rules.add(get("GET /n/{slug}/billing/schedules", billing + "/schedules", OFFICE_A));
        rules.add(write("POST /n/{slug}/billing/schedules", billing + "/schedules", OFFICE_A, "name=x", urlencoded));
        rules.add(get("GET /n/{slug}/billing/settings", billing + "/settings", OFFICE_A));
        rules.add(write("POST /n/{slug}/billing/settings", billing + "/settings", OFFICE_A, "legalName=x", urlencoded));
        rules.add(get("GET /n/{slug}/billing/mandates", billing + "/mandates", OFFICE_A));
        rules.add(write("POST /n/{slug}/billing/mandates", billing + "/mandates", OFFICE_A, "reference=x", urlencoded));
        rules.add(write(
                "POST /n/{slug}/billing/mandates/{id}/revoke",
                billing + "/mandates/" + mandateId + "/revoke",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/billing/mandates/export",
                billing + "/mandates/export",
                OFFICE_A,
                "collectionDate=2099-01-01",
                urlencoded));
        // Segments and tags: the office of the network; a tag of another network is not found.
        String tagId = UUID.randomUUID().toString();
        jdbc.update(
                "insert into crm_tag (id, network_id, name, name_key, created_at) values (?, ?, ?, ?, current_timestamp)",
                UUID.fromString(tagId),
                jdbc.queryForObject("select id from network where slug = 'it-westpfalz'", UUID.class),
                "Matrix " + tagId,
                "matrix " + tagId);
        rules.add(get(
                "GET /api/v1/organizations/duplicates",
                "/api/v1/organizations/duplicates?network=it-westpfalz",
                OFFICE_A));
        rules.add(get(
                "GET /api/v1/organizations/{id}/merge-preview",
                "/api/v1/organizations/" + ketteringId + "/merge-preview?duplicate=" + ketteringId,
                ADMIN_ONLY));
        rules.add(write(
                "POST /api/v1/organizations/{id}/merge",
                "/api/v1/organizations/" + ketteringId + "/merge",
                ADMIN_ONLY,
                "{\"duplicateId\":\"" + ketteringId + "\"}",
                json));
        rules.add(get("GET /n/{slug}/crm/duplicates", "/n/it-westpfalz/crm/duplicates", OFFICE_A));
        rules.add(get(
                "GET /n/{slug}/crm/duplicates/merge",
                "/n/it-westpfalz/crm/duplicates/merge?survivor=" + ketteringId + "&duplicate=" + ketteringId,
                ADMIN_ONLY));
        rules.add(write(
                "POST /n/{slug}/crm/duplicates/merge",
                "/n/it-westpfalz/crm/duplicates/merge",
                OFFICE_A,
                "survivor=" + ketteringId + "&duplicate=" + ketteringId,
                urlencoded));
        // Privacy: export and erasure for platform admins; consents for offices (their network's) and admins.
        rules.add(write(
                "POST /api/v1/privacy/export", "/api/v1/privacy/export", ADMIN_ONLY, "{\"email\":\"x@y.de\"}", json));
        rules.add(write(
                "POST /api/v1/privacy/erasure",
                "/api/v1/privacy/erasure",
                ADMIN_ONLY,
                "{\"email\":\"niemand@matrix.example\"}",
                json));
        rules.add(get("GET /api/v1/privacy/consents", "/api/v1/privacy/consents?email=x@y.de", ANY_OFFICE));
        rules.add(write(
                "POST /api/v1/privacy/consents",
                "/api/v1/privacy/consents",
                OFFICE_A,
                "{\"email\":\"x@y.de\",\"network\":\"it-westpfalz\",\"purpose\":\"NEWSLETTER\","
                        + "\"granted\":true,\"source\":\"Matrix\"}",
                json));
        String contactId = jdbc.queryForObject(
                "select cast(id as varchar(36)) from organization_contact where organization_id = cast(? as uuid)"
                        + " order by sort_order fetch first 1 rows only",
                String.class,
                ketteringId);
        rules.add(get("GET /api/v1/contacts", "/api/v1/contacts?network=it-westpfalz&q=kettering", OFFICE_A));
        rules.add(get("GET /api/v1/contacts/{id}", "/api/v1/contacts/" + contactId, OFFICE_A));
        rules.add(write(
                "PUT /api/v1/contacts/{id}/network-roles",
                "/api/v1/contacts/" + contactId + "/network-roles",
                OFFICE_A,
                "{\"roles\":[]}",
                json));
        rules.add(get("GET /api/v1/segments", "/api/v1/segments?network=it-westpfalz&region=67", OFFICE_A));
        rules.add(get("GET /api/v1/tags", "/api/v1/tags?network=it-westpfalz", OFFICE_A));
        rules.add(write("POST /api/v1/tags", "/api/v1/tags?network=it-westpfalz", OFFICE_A, "{\"name\":\"\"}", json));
        rules.add(get("GET /api/v1/tags/{id}", "/api/v1/tags/" + tagId, OFFICE_A));
        rules.add(write("PUT /api/v1/tags/{id}", "/api/v1/tags/" + tagId, OFFICE_A, "{\"name\":\"\"}", json));
        rules.add(write("DELETE /api/v1/tags/{id}", "/api/v1/tags/" + tagId, OFFICE_A, null, null));
        rules.add(write(
                "POST /api/v1/tags/{id}/organizations",
                "/api/v1/tags/" + tagId + "/organizations",
                OFFICE_A,
                "{\"organizationIds\":[]}",
                json));
        rules.add(write(
                "DELETE /api/v1/tags/{id}/organizations/{organizationId}",
                "/api/v1/tags/" + tagId + "/organizations/" + ketteringId,
                OFFICE_A,
                null,
                null));
        rules.add(get(
                "GET /n/{slug}/crm/organizations/export.xlsx",
                "/n/it-westpfalz/crm/organizations/export.xlsx?q=k",
                OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/crm/organizations/actions",
                "/n/it-westpfalz/crm/organizations/actions",
                OFFICE_A,
                "action=tag&tagName=x",
                urlencoded));
        rules.add(write("POST /n/{slug}/crm/filters", "/n/it-westpfalz/crm/filters", OFFICE_A, "name=", urlencoded));
        rules.add(write(
                "POST /n/{slug}/crm/filters/{id}/delete",
                "/n/it-westpfalz/crm/filters/" + UUID.randomUUID() + "/delete",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(get("GET /n/{slug}/crm/mail", "/n/it-westpfalz/crm/mail?region=00", OFFICE_A));
        rules.add(write("POST /n/{slug}/crm/mail", "/n/it-westpfalz/crm/mail", OFFICE_A, "subject=", urlencoded));
        rules.add(get("GET /unsubscribe/{token}", "/unsubscribe/" + "0".repeat(48), EVERYONE));
        rules.add(write("POST /unsubscribe/{token}", "/unsubscribe/" + "0".repeat(48), EVERYONE, "", urlencoded));
        rules.add(write(
                "POST /api/v1/imports/members",
                "/api/v1/imports/members?network=it-westpfalz",
                OFFICE_A,
                "Name\nMatrix GmbH\n",
                "text/csv"));
        rules.add(get("GET /n/{slug}/crm/import", "/n/it-westpfalz/crm/import", OFFICE_A));
        rules.add(write("POST /n/{slug}/crm/import", "/n/it-westpfalz/crm/import", OFFICE_A, "x=1", urlencoded));
        rules.add(write(
                "POST /n/{slug}/crm/import/{upload}",
                "/n/it-westpfalz/crm/import/" + UUID.randomUUID(),
                OFFICE_A,
                "reread=true",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/crm/organizations/{organizationId}/membership",
                "/n/it-westpfalz/crm/organizations/" + ketteringId + "/membership",
                OFFICE_A,
                "status=ACTIVE",
                urlencoded));
        rules.add(get("GET /n/{slug}/crm", "/n/it-westpfalz/crm", OFFICE_A));
        rules.add(get("GET /n/{slug}/crm/tasks", "/n/it-westpfalz/crm/tasks?show=overdue", OFFICE_A));
        rules.add(get("GET /n/{slug}/crm/tasks/{taskId}", "/n/it-westpfalz/crm/tasks/" + taskId, OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/crm/tasks/{taskId}",
                "/n/it-westpfalz/crm/tasks/" + taskId,
                OFFICE_A,
                "title=x",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/crm/tasks/{taskId}/status",
                "/n/it-westpfalz/crm/tasks/" + taskId + "/status",
                OFFICE_A,
                "status=DONE&version=0",
                urlencoded));
        rules.add(get("GET /n/{slug}/crm/organizations", "/n/it-westpfalz/crm/organizations?q=k", OFFICE_A));
        rules.add(get(
                "GET /n/{slug}/crm/organizations/export.csv",
                "/n/it-westpfalz/crm/organizations/export.csv?q=k",
                OFFICE_A));
        rules.add(get(
                "GET /n/{slug}/crm/organizations/{organizationId}/contacts.vcf",
                "/n/it-westpfalz/crm/organizations/" + ketteringId + "/contacts.vcf",
                OFFICE_A));
        rules.add(get(
                "GET /n/{slug}/crm/organizations/{organizationId}",
                "/n/it-westpfalz/crm/organizations/" + ketteringId,
                OFFICE_A));
        rules.add(write(
                "POST /n/{slug}/crm/organizations/{organizationId}/interactions",
                "/n/it-westpfalz/crm/organizations/" + ketteringId + "/interactions",
                OFFICE_A,
                "kind=CALL&subject=x",
                urlencoded));
        // Job board: public search, pages, feeds and alerts; the company's desk; the office's desk; the API
        String job = "/jobs/" + jobId;
        String desk = "/o/" + KETTERING + "/jobs";
        String officeJobs = "/n/it-westpfalz/jobs";
        String jobApplication = desk + "/applications/" + jobApplicationId;
        String jobJson = "{\"organizationId\":\"" + ketteringId + "\",\"kind\":\"JOB\",\"title\":{\"de\":\"X\"},"
                + "\"description\":{\"de\":\"Y\"},\"remote\":\"FULL\",\"employmentType\":\"FULL_TIME\","
                + "\"channel\":\"PLATFORM\"}";
        rules.add(get("GET /jobs", "/jobs?q=matrix", EVERYONE));
        rules.add(get("GET /jobs/{idOrSlug}", job, EVERYONE));
        rules.add(write("POST /jobs/{idOrSlug}/apply", job + "/apply", EVERYONE, "name=", urlencoded));
        rules.add(write("POST /jobs/{idOrSlug}/report", job + "/report", EVERYONE, "reason=", urlencoded));
        rules.add(get("GET /jobs/feed.xml", "/jobs/feed.xml?q=matrix", EVERYONE));
        rules.add(get("GET /n/{slug}/jobs/feed.xml", "/n/it-westpfalz/jobs/feed.xml", EVERYONE));
        rules.add(write("POST /jobs/alerts", "/jobs/alerts", EVERYONE, "email=", urlencoded));
        rules.add(get("GET /jobs/alerts/confirm/{token}", "/jobs/alerts/confirm/" + random, EVERYONE));
        rules.add(
                write("POST /jobs/alerts/confirm/{token}", "/jobs/alerts/confirm/" + random, EVERYONE, "", urlencoded));
        rules.add(get("GET /jobs/alerts/unsubscribe/{token}", "/jobs/alerts/unsubscribe/" + random, EVERYONE));
        rules.add(write(
                "POST /jobs/alerts/unsubscribe/{token}",
                "/jobs/alerts/unsubscribe/" + random,
                EVERYONE,
                "",
                urlencoded));
        rules.add(get("GET /o/{slug}/jobs", desk, EDITORS_OF_KETTERING));
        rules.add(get("GET /o/{slug}/jobs/new", desk + "/new", EDITORS_OF_KETTERING));
        rules.add(write("POST /o/{slug}/jobs", desk, EDITORS_OF_KETTERING, "kind=JOB", urlencoded));
        rules.add(get("GET /o/{slug}/jobs/{id}/edit", desk + "/" + jobId + "/edit", EDITORS_OF_KETTERING));
        rules.add(write(
                "POST /o/{slug}/jobs/{id}/edit",
                desk + "/" + jobId + "/edit",
                EDITORS_OF_KETTERING,
                "kind=JOB",
                urlencoded));
        rules.add(write(
                "POST /o/{slug}/jobs/{id}/renew", desk + "/" + jobId + "/renew", EDITORS_OF_KETTERING, "", urlencoded));
        rules.add(write(
                "POST /o/{slug}/jobs/{id}/delete",
                desk + "/" + jobId + "/delete",
                EDITORS_OF_KETTERING,
                "",
                urlencoded));
        rules.add(get("GET /o/{slug}/jobs/applications/{applicationId}", jobApplication, EDITORS_OF_KETTERING));
        rules.add(get(
                "GET /o/{slug}/jobs/applications/{applicationId}/documents/{index}",
                jobApplication + "/documents/0",
                EDITORS_OF_KETTERING));
        rules.add(write(
                "POST /o/{slug}/jobs/applications/{applicationId}/status",
                jobApplication + "/status",
                EDITORS_OF_KETTERING,
                "status=IN_REVIEW",
                urlencoded));
        rules.add(get("GET /n/{slug}/jobs", officeJobs, OFFICE_A));
        rules.add(write("POST /n/{slug}/jobs/settings", officeJobs + "/settings", OFFICE_A, "", urlencoded));
        rules.add(write(
                "POST /n/{slug}/jobs/{id}/approve", officeJobs + "/" + jobId + "/approve", OFFICE_A, "", urlencoded));
        rules.add(write(
                "POST /n/{slug}/jobs/{id}/reject",
                officeJobs + "/" + jobId + "/reject",
                OFFICE_A,
                "reason=x",
                urlencoded));
        rules.add(write(
                "POST /n/{slug}/jobs/{id}/dismiss-reports",
                officeJobs + "/" + jobId + "/dismiss-reports",
                OFFICE_A,
                "",
                urlencoded));
        rules.add(get("GET /n/{slug}/jobs/statistics", officeJobs + "/statistics", OFFICE_A));
        rules.add(get("GET /n/{slug}/jobs/statistics.csv", officeJobs + "/statistics.csv", OFFICE_A));
        rules.add(get("GET /api/v1/jobs", "/api/v1/jobs?q=matrix", EVERYONE));
        rules.add(get("GET /api/v1/jobs/{id}", "/api/v1/jobs/" + jobId, EVERYONE));
        rules.add(write("POST /api/v1/jobs", "/api/v1/jobs", EDITORS_OF_KETTERING, jobJson, json));
        rules.add(write("PUT /api/v1/jobs/{id}", "/api/v1/jobs/" + jobId, EDITORS_OF_KETTERING, jobJson, json));
        rules.add(write("DELETE /api/v1/jobs/{id}", "/api/v1/jobs/" + jobId, EDITORS_OF_KETTERING, null, null));
        rules.add(get(
                "GET /api/v1/jobs/{id}/applications", "/api/v1/jobs/" + jobId + "/applications", EDITORS_OF_KETTERING));
        rules.add(write(
                "POST /api/v1/jobs/{id}/applications/{applicationId}/status",
                "/api/v1/jobs/" + jobId + "/applications/" + jobApplicationId + "/status",
                EDITORS_OF_KETTERING,
                "{\"status\":\"IN_REVIEW\"}",
                json));
        return rules;
    }

    /** Framework endpoints that are not the application's to authorize (error page, API description). */
    static final Set<String> FRAMEWORK = Set.of("/error", "/v3/api-docs", "/swagger-ui.html");

    @Test
    void everyEndpointHasADeclaredRuleAndEveryRuleAnEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            if (patterns.stream().anyMatch(p -> FRAMEWORK.stream().anyMatch(p::startsWith))) {
                continue;
            }
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                for (var method : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        rules().forEach(rule -> declared.add(rule.mapping()));

        assertThat(endpoints).as("endpoints without a declared rule").isSubsetOf(declared);
        assertThat(declared).as("rules for endpoints that do not exist").isSubsetOf(endpoints);
    }

    @Test
    void everyRoleOutsideARuleIsRefusedAndReadersInsideItAreLetIn() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            HttpMethod method = HttpMethod.valueOf(
                    rule.mapping().substring(0, rule.mapping().indexOf(' ')));
            boolean reading = method == HttpMethod.GET;
            for (Role role : Role.values()) {
                boolean allowed = rule.allowed().contains(role);
                if (allowed && !reading) {
                    continue;
                }
                MockHttpServletResponse response = perform(rule, method, role);
                boolean refused =
                        isRefused(response) || (HIDDEN.contains(rule.mapping()) && response.getStatus() == 404);
                if (allowed == refused) {
                    failures.add(rule.mapping() + " as " + role + ": expected "
                            + (allowed ? "allowed" : "refused") + " but got " + response.getStatus()
                            + (response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private MockHttpServletResponse perform(Rule rule, HttpMethod method, Role role) throws Exception {
        boolean api = rule.path().startsWith("/api/");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, rule.path());
        if (rule.contentType() != null) {
            request.contentType(rule.contentType()).content(rule.body());
        }
        if (api) {
            if (role != Role.ANONYMOUS) {
                request.with(bearer(tokens.get(role)));
            }
        } else {
            request.with(csrf());
            if (role != Role.ANONYMOUS) {
                request.with(signedIn(email(role)));
            }
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Refused: 401, 403, or a page sending an anonymous visitor to sign in. */
    private static boolean isRefused(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 401
                || response.getStatus() == 403
                || (response.getStatus() == 302 && location != null && location.endsWith("/login"));
    }

    private static Rule get(String mapping, String path, Set<Role> allowed) {
        return new Rule(mapping, path, allowed, null, null);
    }

    private static Rule write(String mapping, String path, Set<Role> allowed, String body, String contentType) {
        return new Rule(mapping, path, allowed, body, contentType);
    }
}
