package org.clusteratlas.organization.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.organization.internal.ContactPerson;
import org.clusteratlas.organization.internal.OrganizationAccess;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who is the right person to talk to about X": contact persons by their topics, role, name and their organization's
 * name and competences. Signed-in people only, and only contacts of organizations whose contacts section they may
 * read: contact data is personal data.
 */
@Service
@Transactional(readOnly = true)
public class ContactSearch {

    /** Path prefix of the organization's fields embedded in a contact's document. */
    private static final String EMBEDDED = "organization.";

    /** What each contact field weighs: a person's topics say most about whom to ask. */
    static final List<TextQuery.FieldGroup> GROUPS = List.of(new TextQuery.FieldGroup(
            List.of(
                    new TextQuery.Field("topics", 4f),
                    new TextQuery.Field("topics_en", 4f),
                    new TextQuery.Field("role", 2f),
                    new TextQuery.Field("role_en", 2f),
                    new TextQuery.Field(EMBEDDED + "name", 1.5f),
                    new TextQuery.Field(EMBEDDED + "competences", 1f),
                    new TextQuery.Field(EMBEDDED + "competences_en", 1f)),
            List.of(new TextQuery.Field("fullName", 3f)),
            null,
            null));

    public record Results(long total, int page, int size, List<ContactHit> hits) {}

    private final EntityManager entityManager;
    private final TextQuery textQuery;
    private final OrganizationAccess access;
    private final MessageSource messages;

    ContactSearch(EntityManager entityManager, TextQuery textQuery, OrganizationAccess access, MessageSource messages) {
        this.entityManager = entityManager;
        this.textQuery = textQuery;
        this.access = access;
        this.messages = messages;
    }

    public Results search(String q, int page, int size, CurrentUser user) {
        if (user.isAnonymous()) {
            throw new AccessDeniedException("contact search is for signed-in members");
        }
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > OrganizationSearch.MAX_QUERY_LENGTH) {
            Locale locale = LocaleContextHolder.getLocale();
            String message = text.isEmpty()
                    ? messages.getMessage("search.error.q-required", null, locale)
                    : messages.getMessage(
                            "search.error.q-too-long", new Object[] {OrganizationSearch.MAX_QUERY_LENGTH}, locale);
            throw new ValidationFailedException(List.of(new FieldMessage("q", message)));
        }
        Viewer viewer = Viewer.of(user, access);
        TextQuery.Parsed parsed = textQuery.parse(text);
        int boundedSize = Math.clamp(size, 1, OrganizationSearch.MAX_PAGE_SIZE);
        int boundedPage = Math.max(0, page);
        long offset = (long) boundedPage * boundedSize;
        if (parsed.isEmpty() || offset >= OrganizationSearch.MAX_OFFSET) {
            return new Results(0, boundedPage, boundedSize, List.of());
        }
        var result = Search.session(entityManager)
                .search(ContactPerson.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field("fullName", String.class),
                                f.field("role", String.class),
                                f.field("topics", String.class).list(),
                                f.field(EMBEDDED + "key", String.class),
                                f.field(EMBEDDED + "externalId", String.class),
                                f.field(EMBEDDED + "slug", String.class),
                                f.field(EMBEDDED + "name", String.class),
                                f.score())
                        .asList())
                .where(f -> {
                    var organization = f.withRoot("organization");
                    return f.bool()
                            .must(textQuery.predicate(f, parsed, GROUPS, viewer, 0.75))
                            .filter(SearchPredicates.visibleOrganizations(organization, viewer))
                            .filter(SearchPredicates.section(
                                    organization, viewer, "contacts_level", organization.matchAll()));
                })
                .fetch((int) offset, boundedSize);
        List<ContactHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            @SuppressWarnings("unchecked")
            List<String> topics = (List<String>) row.get(3);
            hits.add(new ContactHit(
                    (UUID) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    topics,
                    new ContactHit.Organization(
                            UUID.fromString((String) row.get(4)), (String) row.get(5), (String) row.get(6), (String)
                                    row.get(7)),
                    (Float) row.get(8)));
        }
        return new Results(result.total().hitCount(), boundedPage, boundedSize, hits);
    }
}
