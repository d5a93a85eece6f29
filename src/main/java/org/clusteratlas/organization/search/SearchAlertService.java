package org.clusteratlas.organization.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.identity.RunAs;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.organization.EmployeeBand;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.organization.internal.OrganizationRepository;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Alerts: saved searches and subscriptions to new matches or leads of an organization, with a digest mail of what is
 * new since the last one. The digest searches as the subscriber (their rights, not the job's), so a mail never shows
 * what the subscriber could not see in the portal.
 */
@Service
@Transactional
public class SearchAlertService {

    private static final Logger log = LoggerFactory.getLogger(SearchAlertService.class);

    /** A person's alerts are a handful; the cap keeps one account from making the digest the heaviest job. */
    public static final int MAX_ALERTS_PER_ACCOUNT = 50;

    static final int MAX_HITS_PER_MAIL = 20;
    private static final int BATCH = 200;

    /** What a person sees of an alert. */
    public record AlertView(
            UUID id, SearchAlert.Kind kind, String name, String query, UUID organizationId, Instant lastCheckedAt) {

        static AlertView of(SearchAlert alert) {
            return new AlertView(
                    alert.getId(),
                    alert.getKind(),
                    alert.getName(),
                    alert.getQuery(),
                    alert.getOrganizationId(),
                    alert.getLastCheckedAt());
        }
    }

    private final SearchAlerts alerts;
    private final OrganizationSearch search;
    private final Matchmaking matchmaking;
    private final OrganizationRepository organizations;
    private final OrganizationAccess access;
    private final Accounts accounts;
    private final RunAs runAs;
    private final CurrentUsers currentUsers;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties atlas;

    SearchAlertService(
            SearchAlerts alerts,
            OrganizationSearch search,
            Matchmaking matchmaking,
            OrganizationRepository organizations,
            OrganizationAccess access,
            Accounts accounts,
            RunAs runAs,
            CurrentUsers currentUsers,
            Mailer mailer,
            MessageSource messages,
            AtlasProperties atlas) {
        this.alerts = alerts;
        this.search = search;
        this.matchmaking = matchmaking;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
        this.runAs = runAs;
        this.currentUsers = currentUsers;
        this.mailer = mailer;
        this.messages = messages;
        this.atlas = atlas;
    }

    @Transactional(readOnly = true)
    public List<AlertView> mine(CurrentUser user) {
        requireSignedIn(user);
        return alerts.findByAccountIdOrderByCreatedAt(user.id()).stream()
                .map(AlertView::of)
                .toList();
    }

    /**
     * Subscribes the person. A search is checked by running it once, so a broken search is refused now, not
     * silently in every digest; matches and leads are for the editors and office of the organization.
     */
    public AlertView create(CurrentUser user, SearchAlert.Kind kind, String name, String query, UUID organizationId) {
        requireSignedIn(user);
        if (kind == null) {
            throw invalid("kind", "search.alert.kind-required");
        }
        if (alerts.countByAccountId(user.id()) >= MAX_ALERTS_PER_ACCOUNT) {
            throw new ConflictException("search.alert.limit", MAX_ALERTS_PER_ACCOUNT);
        }
        String title = name == null ? "" : name.strip();
        if (title.length() > 200) {
            throw invalid("name", "search.alert.name-too-long");
        }
        if (kind == SearchAlert.Kind.SEARCH) {
            String text = query == null ? "" : query.strip();
            if (text.startsWith("?")) {
                text = text.substring(1);
            }
            if (text.isEmpty() || text.length() > 2000) {
                throw invalid("query", "search.alert.query-required");
            }
            OrganizationQuery parsed = parse(text);
            search.search(parsed, user);
            String label = title.isEmpty() ? (parsed.q().isEmpty() ? parsed.near() : parsed.q()) : title;
            return AlertView.of(alerts.save(new SearchAlert(user.id(), kind, abbreviate(label), text, null)));
        }
        if (organizationId == null) {
            throw invalid("organizationId", "search.alert.organization-required");
        }
        var organization = organizations
                .findById(organizationId)
                .filter(o -> access.canSee(user, o))
                .orElseThrow(() -> new NotFoundException("organization"));
        if (!access.canEdit(user, organization) && !user.platformAdmin()) {
            throw new AccessDeniedException("alerts on matches are for the organization's editors");
        }
        String label = title.isEmpty() ? organization.getName() : title;
        return AlertView.of(alerts.save(new SearchAlert(user.id(), kind, abbreviate(label), null, organizationId)));
    }

    public void delete(CurrentUser user, UUID id) {
        requireSignedIn(user);
        SearchAlert alert = alerts.findById(id)
                .filter(a -> a.getAccountId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("alert"));
        alerts.delete(alert);
    }

    /** The daily digest; returns the number of mails sent. */
    @Scheduled(cron = "${atlas.search.alert-cron:0 0 6 * * *}")
    public int sendDigests() {
        // Whole milliseconds: the database keeps fewer digits than Instant, and a stored "now" rounded down would
        // still be due, so the batch would come back forever.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        int sent = 0;
        Set<UUID> done = new HashSet<>();
        List<SearchAlert> due = alerts.findDue(now, PageRequest.of(0, BATCH));
        while (!due.isEmpty()
                && done.addAll(due.stream().map(SearchAlert::getId).toList())) {
            for (SearchAlert alert : due) {
                try {
                    sent += digest(alert) ? 1 : 0;
                } catch (RuntimeException e) {
                    // One broken alert (a network deleted since, an organization gone) must not stop the others.
                    log.warn("Alert {} could not be checked: {}", alert.getId(), e.toString());
                }
                alert.checked(now);
            }
            alerts.flush();
            due = alerts.findDue(now, PageRequest.of(0, BATCH));
        }
        return sent;
    }

    private boolean digest(SearchAlert alert) {
        var account = accounts.findById(alert.getAccountId()).orElse(null);
        if (account == null) {
            return false;
        }
        Locale language = account.language() == null ? Locale.GERMAN : account.language();
        Instant since = alert.getLastCheckedAt();
        List<String> lines = runAs.runAs(alert.getAccountId(), () -> newResults(alert, since, language));
        if (lines.isEmpty()) {
            return false;
        }
        String link = switch (alert.getKind()) {
            case SEARCH -> atlas.baseUrl() + "/search?" + alert.getQuery();
            case MATCHES, LEADS ->
                organizations
                        .findById(alert.getOrganizationId())
                        .map(o -> atlas.baseUrl() + "/o/" + o.getSlug() + "/"
                                + alert.getKind().name().toLowerCase(Locale.ROOT))
                        .orElse(atlas.baseUrl());
        };
        String key = "mail.alert." + alert.getKind().name().toLowerCase(Locale.ROOT);
        Object[] arguments = {alert.getName(), account.displayName(), String.join("\n", lines), link};
        mailer.send(new OutgoingMail(
                account.email(),
                messages.getMessage(key + ".subject", arguments, language),
                messages.getMessage(key + ".body", arguments, language)));
        return true;
    }

    private List<String> newResults(SearchAlert alert, Instant since, Locale language) {
        CurrentUser user = currentUsers.current();
        return switch (alert.getKind()) {
            case SEARCH -> {
                OrganizationQuery query = parse(alert.getQuery());
                OrganizationQuery firstPage = new OrganizationQuery(
                        query.q(),
                        query.near(),
                        query.radiusKm(),
                        query.networks(),
                        query.kinds(),
                        query.concepts(),
                        query.industries(),
                        query.states(),
                        query.employeeBands(),
                        query.certifications(),
                        query.scope(),
                        query.order(),
                        0,
                        MAX_HITS_PER_MAIL,
                        query.federation());
                yield search.changedSince(firstPage, user, since).hits().stream()
                        .map(hit -> "- " + hit.name() + (hit.city() == null ? "" : ", " + hit.city()) + ": "
                                + atlas.baseUrl() + "/o/" + hit.slug())
                        .toList();
            }
            case MATCHES, LEADS -> {
                var options = new Matchmaking.Options(MatchScope.ALL, 0, MAX_HITS_PER_MAIL);
                List<Match> found = alert.getKind() == SearchAlert.Kind.MATCHES
                        ? matchmaking.matches(alert.getOrganizationId(), options, user, since)
                        : matchmaking.leads(alert.getOrganizationId(), options, user, since);
                List<String> lines = new ArrayList<>();
                for (Match match : found) {
                    String reasons = match.reasons().stream()
                            .map(r -> messages.getMessage(
                                    "mail.alert.reason", new Object[] {r.need(), r.matchedBy()}, language))
                            .distinct()
                            .limit(3)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("");
                    lines.add("- " + match.name() + (match.city() == null ? "" : ", " + match.city()) + " (" + reasons
                            + "): " + atlas.baseUrl() + "/o/" + match.slug());
                }
                yield lines;
            }
        };
    }

    /** The search page's and API's query parameters; an unknown value is the caller's error, with the field named. */
    OrganizationQuery parse(String query) {
        MultiValueMap<String, String> raw =
                UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        Function<String, List<String>> all = key -> raw.getOrDefault(key, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8))
                .toList();
        Function<String, String> one =
                key -> all.apply(key).stream().findFirst().orElse(null);
        try {
            String radius = one.apply("radiusKm");
            String page = one.apply("page");
            String scope = one.apply("scope");
            String sort = one.apply("sort");
            return new OrganizationQuery(
                    one.apply("q"),
                    one.apply("near"),
                    radius == null ? null : Double.valueOf(radius),
                    all.apply("network"),
                    all.apply("kind").stream().map(OrganizationKind::valueOf).toList(),
                    all.apply("concept"),
                    all.apply("industry"),
                    all.apply("state"),
                    all.apply("employeeBand").stream()
                            .map(EmployeeBand::valueOf)
                            .toList(),
                    all.apply("certification"),
                    scope == null ? null : SearchScope.valueOf(scope),
                    sort == null ? null : SearchOrder.valueOf(sort),
                    page == null ? 0 : Integer.parseInt(page),
                    20,
                    one.apply("federation"));
        } catch (IllegalArgumentException e) {
            throw invalid("query", "search.alert.query-invalid");
        }
    }

    private ValidationFailedException invalid(String field, String key) {
        return new ValidationFailedException(
                List.of(new FieldMessage(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()))));
    }

    private static void requireSignedIn(CurrentUser user) {
        if (user.isAnonymous()) {
            throw new AccessDeniedException("alerts are for signed-in people");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
