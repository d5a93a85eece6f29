package org.clusteratlas.news;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.news.internal.NewsPost;
import org.clusteratlas.news.internal.NewsPosts;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.Slugs;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.clusteratlas.shared.storage.ImageUploads;
import org.clusteratlas.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The news module's API: the posts of each network. Reading is public for published posts; drafts and every change
 * belong to the network's office (and platform admins). Rights are checked here, so every caller gets the same rules.
 */
@Service
@Transactional
public class News {

    /** The largest page of a list of posts. */
    public static final int MAX_PAGE_SIZE = 50;

    /**
     * The sitemap lists at most this many posts, the newest: two addresses each (German and English) stay below the
     * sitemap protocol's 50,000 addresses per file.
     */
    static final int SITEMAP_LIMIT = 20_000;

    /** Addresses of the office's pages below {@code /n/{slug}/news/}; no post may take them as its slug. */
    static final Set<String> RESERVED_SLUGS = Set.of("new", "manage");

    static final int TITLE_MAX = 200;
    static final int TEASER_MAX = 500;
    static final int BODY_MAX = 20_000;
    static final int ALT_MAX = 300;

    private final NewsPosts posts;
    private final Networks networks;
    private final CurrentUsers currentUsers;
    private final Accounts accounts;
    private final BlobStorage storage;
    private final MessageSource messages;

    News(
            NewsPosts posts,
            Networks networks,
            CurrentUsers currentUsers,
            Accounts accounts,
            BlobStorage storage,
            MessageSource messages) {
        this.posts = posts;
        this.networks = networks;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.storage = storage;
        this.messages = messages;
    }

    /**
     * The network's published posts, newest first. Throws {@link NotFoundException} for an unknown network.
     *
     * @param size capped at {@link #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public Page<PostSummary> published(String networkSlug, int page, int size) {
        NetworkSummary network = network(networkSlug);
        return posts.findByNetworkIdAndStatusOrderByPublishedAtDescIdDesc(
                        network.id(), PostStatus.PUBLISHED, Paging.of(page, size, MAX_PAGE_SIZE))
                .map(post -> summary(post, network.slug()));
    }

    /** The newest published posts of the network; empty for an unknown network. */
    @Transactional(readOnly = true)
    public List<PostSummary> latest(String networkSlug, int count) {
        return networks.findBySlug(networkSlug)
                .map(network -> posts.findByNetworkIdAndStatusOrderByPublishedAtDescIdDesc(
                                network.id(), PostStatus.PUBLISHED, Paging.of(0, count, MAX_PAGE_SIZE))
                        .map(post -> summary(post, network.slug()))
                        .getContent())
                .orElse(List.of());
    }

    /**
     * The post as the current person may see it: a published post for everyone, a draft only for the network's
     * office. Empty otherwise, so that a page answers 404 and nobody learns that a draft exists.
     */
    @Transactional(readOnly = true)
    public Optional<PostDetails> find(String networkSlug, String postSlug) {
        return networks.findBySlug(networkSlug)
                .flatMap(network -> posts.findByNetworkIdAndSlug(network.id(), postSlug)
                        .filter(post -> post.isPublished() || networks.canManage(network.id()))
                        .map(post -> details(post, network.slug())));
    }

    /** Every post of the network, drafts included, newest first. The network's office only. */
    @Transactional(readOnly = true)
    public List<PostSummary> forOffice(String networkSlug) {
        NetworkSummary network = managed(networkSlug);
        return posts.findByNetworkIdOrderByCreatedAtDescIdDesc(network.id()).stream()
                .map(post -> summary(post, network.slug()))
                .toList();
    }

    /** The post whatever its status, for the office's form. The network's office only. */
    @Transactional(readOnly = true)
    public PostDetails forEditing(String networkSlug, String postSlug) {
        NetworkSummary network = managed(networkSlug);
        return details(post(network, postSlug), network.slug());
    }

    /**
     * A new draft, with a slug made from its title (German if given) that never changes afterwards: links to a
     * post must keep working when a typo in the title is corrected.
     *
     * @throws ValidationFailedException with the form's field names ({@code titleDe}, {@code imageAltEn}, ...)
     */
    public PostDetails create(String networkSlug, PostCommand command) {
        NetworkSummary network = managed(networkSlug);
        validate(command, command.newImage() != null);
        NewsPost post = new NewsPost(
                network.id(),
                freeSlug(network.id(), command.title()),
                currentUsers.current().id());
        post.write(command.title(), command.teaser(), command.body(), command.imageAlt());
        if (command.newImage() != null) {
            replaceImage(post, command.newImage(), command.imageAlt());
        }
        posts.save(post);
        return details(post, network.slug());
    }

    /**
     * Replaces the post's texts (and image, as the command says).
     *
     * @param expectedVersion the version the office's form was made from
     * @throws ConflictException when somebody else changed the post since
     */
    public PostDetails update(String networkSlug, String postSlug, long expectedVersion, PostCommand command) {
        NetworkSummary network = managed(networkSlug);
        NewsPost post = post(network, postSlug);
        requireVersion(post, expectedVersion);
        boolean keepsImage = post.getImageKey() != null && !command.removeImage();
        validate(command, command.newImage() != null || keepsImage);
        post.write(command.title(), command.teaser(), command.body(), command.imageAlt());
        if (command.newImage() != null) {
            replaceImage(post, command.newImage(), command.imageAlt());
        } else if (!keepsImage && post.getImageKey() != null) {
            replaceImage(post, null, LocalizedText.empty());
        }
        // Flushing here lets a concurrent change surface as an exception of this call, not of a later commit.
        posts.saveAndFlush(post);
        return details(post, network.slug());
    }

    /** Makes the post public; see {@link #update} for the version. */
    public void publish(String networkSlug, String postSlug, long expectedVersion) {
        NetworkSummary network = managed(networkSlug);
        NewsPost post = post(network, postSlug);
        requireVersion(post, expectedVersion);
        post.publish();
    }

    /** Takes the post back to a draft: it disappears from every public page and the sitemap. */
    public void unpublish(String networkSlug, String postSlug, long expectedVersion) {
        NetworkSummary network = managed(networkSlug);
        NewsPost post = post(network, postSlug);
        requireVersion(post, expectedVersion);
        post.unpublish();
    }

    /** Deletes the post and its image. */
    public void delete(String networkSlug, String postSlug, long expectedVersion) {
        NetworkSummary network = managed(networkSlug);
        NewsPost post = post(network, postSlug);
        requireVersion(post, expectedVersion);
        if (post.getImageKey() != null) {
            deleteAfterCommit(post.getImageKey());
        }
        posts.delete(post);
    }

    /** The post's image for whoever may see the post. */
    @Transactional(readOnly = true)
    public Optional<Image> image(UUID postId) {
        return posts.findById(postId)
                .filter(post -> post.getImageKey() != null)
                .filter(post -> post.isPublished() || networks.canManage(post.getNetworkId()))
                .flatMap(post -> storage.get(post.getImageKey())
                        .map(content -> new Image(post.getImageContentType(), content, post.isPublished())));
    }

    /** The addresses of the published posts for the sitemap, newest first (at most {@value #SITEMAP_LIMIT}). */
    @Transactional(readOnly = true)
    public List<Published> publishedForSitemap() {
        Map<UUID, String> slugs = networkSlugs();
        return posts.findAddressesByStatus(PostStatus.PUBLISHED, PageRequest.of(0, SITEMAP_LIMIT)).stream()
                .filter(address -> slugs.containsKey(address.networkId()))
                .map(address -> new Published(
                        "/n/" + slugs.get(address.networkId()) + "/news/" + address.slug(), address.updatedAt()))
                .toList();
    }

    /** Slugs of the networks with at least one published post, sorted. */
    @Transactional(readOnly = true)
    public List<String> networksWithNews() {
        Map<UUID, String> slugs = networkSlugs();
        return posts.findNetworkIdsByStatus(PostStatus.PUBLISHED).stream()
                .map(slugs::get)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    private Map<UUID, String> networkSlugs() {
        return networks.all().stream().collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::slug));
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    /** Rights before existence: whoever may not manage the network learns nothing about its posts. */
    private NetworkSummary managed(String networkSlug) {
        NetworkSummary network = network(networkSlug);
        if (!networks.canManage(network.id())) {
            throw new AccessDeniedException("not a manager of this network");
        }
        return network;
    }

    private NewsPost post(NetworkSummary network, String postSlug) {
        return posts.findByNetworkIdAndSlug(network.id(), postSlug).orElseThrow(() -> new NotFoundException("post"));
    }

    private static void requireVersion(NewsPost post, long expectedVersion) {
        if (post.getVersion() != expectedVersion) {
            throw new ConflictException("news.conflict");
        }
    }

    /**
     * Every image gets a key of its own, and a replaced one is deleted only after the commit: a rolled-back change
     * must neither leave the post pointing at a deleted file nor keep the new file as litter.
     */
    private void replaceImage(NewsPost post, ImageUploads.CheckedImage image, LocalizedText alt) {
        String old = post.getImageKey();
        if (image == null) {
            post.changeImage(null, null, LocalizedText.empty());
        } else {
            String key = "news/" + post.getId() + "/" + UUID.randomUUID() + "." + image.extension();
            storage.put(key, image.bytes());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(key);
                    }
                }
            });
            post.changeImage(key, image.contentType(), alt);
        }
        if (old != null) {
            deleteAfterCommit(old);
        }
    }

    private void deleteAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storage.delete(key);
            }
        });
    }

    private String freeSlug(UUID networkId, LocalizedText title) {
        String base = Slugs.of(title.de() != null ? title.de() : title.en());
        return Slugs.free(
                RESERVED_SLUGS.contains(base) ? base + "-1" : base,
                slug -> posts.existsByNetworkIdAndSlug(networkId, slug));
    }

    /**
     * A post exists in each language it has a title in. That language needs a body, and alternative text for the
     * image so that blind readers learn what it shows; a teaser or body without a title would never be shown.
     */
    private void validate(PostCommand command, boolean hasImage) {
        List<FieldMessage> errors = new ArrayList<>();
        if (command.title().isEmpty()) {
            errors.add(error("titleDe", "news.validation.title-required"));
        }
        for (String language : List.of("De", "En")) {
            Function<LocalizedText, String> in = language.equals("De") ? LocalizedText::de : LocalizedText::en;
            String title = in.apply(command.title());
            String teaser = in.apply(command.teaser());
            String body = in.apply(command.body());
            if (title == null && !command.title().isEmpty() && (teaser != null || body != null)) {
                errors.add(error("title" + language, "news.validation.title-for-text"));
            }
            if (title != null && body == null) {
                errors.add(error("body" + language, "news.validation.body-required"));
            }
            if (title != null && hasImage && in.apply(command.imageAlt()) == null) {
                errors.add(error("imageAlt" + language, "news.validation.alt-required"));
            }
            tooLong(errors, "title" + language, title, TITLE_MAX);
            tooLong(errors, "teaser" + language, teaser, TEASER_MAX);
            tooLong(errors, "body" + language, body, BODY_MAX);
            tooLong(errors, "imageAlt" + language, in.apply(command.imageAlt()), ALT_MAX);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private void tooLong(List<FieldMessage> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(error(field, "news.validation.too-long", max));
        }
    }

    private FieldMessage error(String field, String key, Object... arguments) {
        return new FieldMessage(field, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }

    private static PostSummary summary(NewsPost post, String networkSlug) {
        return new PostSummary(
                post.getId(),
                networkSlug,
                post.getSlug(),
                post.getTitle(),
                post.getTeaser(),
                post.getStatus(),
                post.getPublishedAt(),
                post.getUpdatedAt(),
                imageUrl(post),
                post.getImageAlt(),
                post.getVersion());
    }

    private PostDetails details(NewsPost post, String networkSlug) {
        return new PostDetails(
                post.getId(),
                post.getNetworkId(),
                networkSlug,
                post.getSlug(),
                post.getTitle(),
                post.getTeaser(),
                post.getBody(),
                post.getStatus(),
                post.getPublishedAt(),
                post.getCreatedAt(),
                post.getUpdatedAt(),
                imageUrl(post),
                post.getImageAlt(),
                accounts.findById(post.getAuthorId())
                        .map(Accounts.AccountSummary::displayName)
                        .orElse(null),
                post.getVersion());
    }

    private static String imageUrl(NewsPost post) {
        return post.getImageKey() == null ? null : "/media/news/" + post.getId() + "/image";
    }

    /**
     * An image's bytes and type; the caller closes the stream.
     *
     * @param isPublic whether everybody may see it (the post is published), so shared caches may keep it
     */
    public record Image(String contentType, InputStream content, boolean isPublic) {}

    /** A published post's address (relative to the site) and when it last changed. */
    public record Published(String path, Instant updatedAt) {}
}
