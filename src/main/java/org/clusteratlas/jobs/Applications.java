package org.clusteratlas.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.jobs.internal.JobApplication;
import org.clusteratlas.jobs.internal.JobApplications;
import org.clusteratlas.jobs.internal.JobPosting;
import org.clusteratlas.jobs.internal.JobPostings;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * In-platform applications: candidates apply to a public posting with a CV and further documents (PDF only, checked
 * by content, size-limited), stored in the blob storage under keys the platform chooses, never under a public path.
 * Only the posting organization's editors, its networks' offices and platform admins read them; for everybody else
 * an application does not exist (404). Applications and their files are deleted after the retention period.
 */
@Service
@Transactional
public class Applications {

    private static final Logger log = LoggerFactory.getLogger(Applications.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String PDF = "application/pdf";
    private static final int BATCH = 200;

    private final JobApplications applications;
    private final JobPostings postings;
    private final JobBoard board;
    private final BlobStorage storage;
    private final CurrentUsers currentUsers;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AtlasProperties atlas;
    private final JobsProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Tika tika = new Tika();

    Applications(
            JobApplications applications,
            JobPostings postings,
            JobBoard board,
            BlobStorage storage,
            CurrentUsers currentUsers,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            AtlasProperties atlas,
            JobsProperties properties) {
        this.applications = applications;
        this.postings = postings;
        this.board = board;
        this.storage = storage;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.atlas = atlas;
        this.properties = properties;
    }

    /** What a candidate sends; {@code cv} is required, {@code documents} may be empty. */
    public record Submission(
            String name, String email, String message, MultipartFile cv, List<MultipartFile> documents) {

        public Submission {
            documents = documents == null
                    ? List.of()
                    : documents.stream().filter(d -> d != null && !d.isEmpty()).toList();
        }
    }

    /**
     * Checks and stores the application, confirms it to the candidate in the language of the page they applied on
     * and tells the organization's editors.
     *
     * @throws NotFoundException when the posting is not public or takes no applications here
     * @throws ValidationFailedException with the fields (name, email, message, cv, documents) and clear reasons
     */
    public UUID apply(String postingIdOrSlug, Submission submission) {
        JobPosting posting = board.find(postingIdOrSlug)
                .filter(board::shown)
                .filter(p -> p.getChannel() == ApplicationChannel.PLATFORM)
                .orElseThrow(() -> new NotFoundException("job"));
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldMessage> errors = new ArrayList<>();
        String name = strip(submission.name());
        String email = strip(submission.email());
        String message = strip(submission.message());
        if (name.isEmpty() || name.length() > 200) {
            errors.add(error("name", "jobs.apply.error.name", locale));
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            errors.add(error("email", "jobs.apply.error.email", locale));
        }
        if (message.length() > 5000) {
            errors.add(error("message", "jobs.apply.error.message", locale));
        }
        List<byte[]> contents = new ArrayList<>();
        List<MultipartFile> files = new ArrayList<>();
        if (submission.cv() == null || submission.cv().isEmpty()) {
            errors.add(error("cv", "jobs.apply.error.cv-required", locale));
        } else {
            check(submission.cv(), "cv", locale, errors, contents, files);
        }
        if (submission.documents().size() + 1 > properties.maxFiles()) {
            errors.add(error("documents", "jobs.apply.error.too-many", locale, properties.maxFiles() - 1));
        } else {
            for (MultipartFile document : submission.documents()) {
                check(document, "documents", locale, errors, contents, files);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        UUID id = UUID.randomUUID();
        JobApplication application = new JobApplication(
                id,
                posting.getId(),
                name,
                email,
                message.isEmpty() ? null : message,
                locale.getLanguage(),
                clock.instant());
        for (int i = 0; i < files.size(); i++) {
            String key = key(id, i);
            storage.put(key, contents.get(i));
            application.attach(new JobApplication.Document(key, fileName(files.get(i)), contents.get(i).length));
        }
        applications.save(application);
        Object[] args = {posting.getTitle().in(locale), name, atlas.baseUrl() + "/jobs/" + posting.getSlug()};
        mailer.send(new OutgoingMail(
                email,
                messages.getMessage("mail.jobs.application-received.subject", args, locale),
                messages.getMessage("mail.jobs.application-received.body", args, locale)));
        for (Accounts.AccountSummary editor : accounts.organizationEditors(posting.getOrganizationId())) {
            Locale language = editor.language() == null ? Locale.GERMAN : editor.language();
            Object[] editorArgs = {posting.getTitle().in(language), editor.displayName(), atlas.baseUrl()};
            mailer.send(new OutgoingMail(
                    editor.email(),
                    messages.getMessage("mail.jobs.new-application.subject", editorArgs, language),
                    messages.getMessage("mail.jobs.new-application.body", editorArgs, language)));
        }
        return id;
    }

    /** The applications to the organization's postings, newest first; for its editors and offices. */
    @Transactional(readOnly = true)
    public List<ApplicationView> forOrganization(UUID organizationId) {
        List<PostingView> own = board.forOrganization(organizationId);
        return views(applications.findByPostingIdInOrderByCreatedAtDesc(
                own.stream().map(PostingView::id).toList()));
    }

    /** The applications to one posting; {@link NotFoundException} for whoever may not edit it. */
    @Transactional(readOnly = true)
    public List<ApplicationView> forPosting(UUID postingId) {
        JobPosting posting = board.editable(postingId);
        return views(applications.findByPostingIdInOrderByCreatedAtDesc(List.of(posting.getId())));
    }

    /** One application; {@link NotFoundException} for anybody but the posting organization's editors and offices. */
    @Transactional(readOnly = true)
    public ApplicationView get(UUID id) {
        return views(List.of(readable(id))).getFirst();
    }

    /** A document of the application, as stored (a checked PDF). The caller closes the stream. */
    @Transactional(readOnly = true)
    public Document document(UUID id, int index) {
        JobApplication application = readable(id);
        if (index < 0 || index >= application.getDocuments().size()) {
            throw new NotFoundException("document");
        }
        JobApplication.Document document = application.getDocuments().get(index);
        InputStream content = storage.get(document.storageKey()).orElseThrow(() -> new NotFoundException("document"));
        return new Document(document.fileName(), PDF, content);
    }

    public record Document(String fileName, String contentType, InputStream content) {}

    /** Moves the application on and tells the candidate, in their language, what changed. */
    public ApplicationView changeStatus(UUID id, ApplicationStatus status, Long expectedVersion) {
        JobApplication application = readable(id);
        if (status == null) {
            throw new ValidationFailedException(
                    List.of(error("status", "jobs.error.status-required", LocaleContextHolder.getLocale())));
        }
        if (expectedVersion != null && expectedVersion != application.getVersion()) {
            throw new org.clusteratlas.shared.ConflictException("jobs.error.conflict");
        }
        if (application.getStatus() != status) {
            application.changeStatus(status, clock.instant());
            JobPosting posting = postings.findById(application.getPostingId()).orElseThrow();
            Locale language = Locale.forLanguageTag(application.getLanguage());
            Object[] args = {
                posting.getTitle().in(language),
                application.getName(),
                messages.getMessage("jobs.application.status." + status.name(), null, language)
            };
            mailer.send(new OutgoingMail(
                    application.getEmail(),
                    messages.getMessage("mail.jobs.application-status.subject", args, language),
                    messages.getMessage("mail.jobs.application-status.body", args, language)));
        }
        applications.flush();
        return views(List.of(application)).getFirst();
    }

    /** Deletes applications older than the retention period, with their files; returns how many. */
    @Scheduled(cron = "${atlas.jobs.retention-cron:0 45 2 * * *}")
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.applicationRetention());
        int deleted = 0;
        List<JobApplication> due = applications.findByCreatedAtBefore(cutoff, PageRequest.of(0, BATCH));
        while (!due.isEmpty()) {
            for (JobApplication application : due) {
                for (JobApplication.Document document : application.getDocuments()) {
                    try {
                        storage.delete(document.storageKey());
                    } catch (UncheckedIOException e) {
                        log.warn(
                                "Could not delete a document of application {}: {}", application.getId(), e.toString());
                    }
                }
                applications.delete(application);
                deleted++;
            }
            applications.flush();
            due = applications.findByCreatedAtBefore(cutoff, PageRequest.of(0, BATCH));
        }
        return deleted;
    }

    private JobApplication readable(UUID id) {
        CurrentUser user = currentUsers.current();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("sign in to read applications");
        }
        return applications
                .findById(id)
                .filter(a -> postings.findById(a.getPostingId())
                        .filter(p -> board.canEdit(user, p))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException("application"));
    }

    private void check(
            MultipartFile file,
            String field,
            Locale locale,
            List<FieldMessage> errors,
            List<byte[]> contents,
            List<MultipartFile> files) {
        String fileName = fileName(file);
        if (file.getSize() > properties.maxFileBytes()) {
            errors.add(error(field, "jobs.apply.error.too-large", locale, fileName, megabytes()));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes((int) properties.maxFileBytes() + 1);
            if (bytes.length > properties.maxFileBytes()) {
                errors.add(error(field, "jobs.apply.error.too-large", locale, fileName, megabytes()));
                return;
            }
            // By content, not by the name or the type the browser claims.
            if (!PDF.equals(tika.detect(bytes))) {
                errors.add(error(field, "jobs.apply.error.pdf-only", locale, fileName));
                return;
            }
            contents.add(bytes);
            files.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String megabytes() {
        return java.math.BigDecimal.valueOf(properties.maxFileBytes())
                .divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "document.pdf" : file.getOriginalFilename();
        name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String key(UUID applicationId, int index) {
        return "jobs/applications/" + applicationId + "/" + index + ".pdf";
    }

    private List<ApplicationView> views(List<JobApplication> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, JobPosting> byId = new LinkedHashMap<>();
        postings.findAllById(list.stream()
                        .map(JobApplication::getPostingId)
                        .distinct()
                        .toList())
                .forEach(p -> byId.put(p.getId(), p));
        return list.stream()
                .map(a -> {
                    JobPosting p = byId.get(a.getPostingId());
                    List<ApplicationView.DocumentView> documents = new ArrayList<>();
                    for (int i = 0; i < a.getDocuments().size(); i++) {
                        documents.add(new ApplicationView.DocumentView(
                                i,
                                a.getDocuments().get(i).fileName(),
                                a.getDocuments().get(i).sizeBytes()));
                    }
                    return new ApplicationView(
                            a.getId(),
                            p.getId(),
                            p.getSlug(),
                            p.getTitle(),
                            p.getOrganizationId(),
                            a.getName(),
                            a.getEmail(),
                            a.getMessage(),
                            a.getLanguage(),
                            a.getStatus(),
                            a.getCreatedAt(),
                            documents,
                            a.getVersion());
                })
                .toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private FieldMessage error(String field, String key, Locale locale, Object... args) {
        return new FieldMessage(field, messages.getMessage(key, args, locale));
    }
}
