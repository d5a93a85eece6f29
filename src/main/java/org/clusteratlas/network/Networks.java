package org.clusteratlas.network;

import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusteratlas.identity.CurrentUser;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.network.internal.Federation;
import org.clusteratlas.network.internal.FederationRepository;
import org.clusteratlas.network.internal.Network;
import org.clusteratlas.network.internal.NetworkRepository;
import org.clusteratlas.shared.ConflictException;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.shared.ValidationFailedException;
import org.clusteratlas.shared.storage.BlobStorage;
import org.clusteratlas.shared.storage.ImageUploads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API: networks and federations, their rights checks, and who is federated with whom. Network
 * and federation slugs share one namespace because both are addressed as {@code /n/{slug}}.
 */
@Service
@Transactional
public class Networks {

    private final NetworkRepository networks;
    private final FederationRepository federations;
    private final CurrentUsers currentUsers;
    private final BlobStorage storage;
    private final ObjectProvider<NetworkMemberCounter> memberCounter;
    private final MessageSource messages;

    Networks(
            NetworkRepository networks,
            FederationRepository federations,
            CurrentUsers currentUsers,
            BlobStorage storage,
            ObjectProvider<NetworkMemberCounter> memberCounter,
            MessageSource messages) {
        this.networks = networks;
        this.federations = federations;
        this.currentUsers = currentUsers;
        this.storage = storage;
        this.memberCounter = memberCounter;
        this.messages = messages;
    }

    /** Platform admins only. Unknown federations named in the command are created. */
    public NetworkSummary create(NetworkCommand command) {
        requirePlatformAdmin();
        requireFreeSlug(command.slug());
        Network network = networks.save(new Network(
                command.slug(), command.name().toText(), command.description().toText(), command.region()));
        network.setEditsRequireApproval(Boolean.TRUE.equals(command.editsRequireApproval()));
        network.brand(color(command.primaryColor(), null), color(command.accentColor(), null));
        joinFederations(network, command.federations());
        return summary(network);
    }

    /** The network's office or a platform admin; federation membership is changed by platform admins only. */
    public NetworkSummary update(String slug, NetworkCommand command) {
        Network network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        requireManager(network.getId());
        network.describe(command.name().toText(), command.description().toText(), command.region());
        if (command.editsRequireApproval() != null) {
            network.setEditsRequireApproval(command.editsRequireApproval());
        }
        network.brand(
                color(command.primaryColor(), network.getPrimaryColor()),
                color(command.accentColor(), network.getAccentColor()));
        if (currentUsers.current().platformAdmin()) {
            Set<String> wanted = Set.copyOf(command.federations());
            Set.copyOf(network.getFederations()).stream()
                    .filter(federation -> !wanted.contains(federation.getSlug()))
                    .forEach(federation -> federation.leave(network));
            joinFederations(network, command.federations());
        }
        return summary(network);
    }

    public void changeLogo(String slug, ImageUploads.CheckedImage image) {
        Network network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        requireManager(network.getId());
        String key = "networks/" + network.getId() + "/logo." + image.extension();
        storage.put(key, image.bytes());
        if (network.getLogoKey() != null && !network.getLogoKey().equals(key)) {
            storage.delete(network.getLogoKey());
        }
        network.changeLogo(key, image.contentType());
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(String slug) {
        return networks.findBySlug(slug)
                .filter(network -> network.getLogoKey() != null)
                .flatMap(network -> storage.get(network.getLogoKey())
                        .map(content -> new Logo(network.getLogoContentType(), content)));
    }

    @Transactional(readOnly = true)
    public List<NetworkSummary> all() {
        return networks.findAllByOrderBySlugAsc().stream()
                .map(Networks::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<NetworkSummary> findBySlug(String slug) {
        return networks.findBySlug(slug).map(Networks::summary);
    }

    @Transactional(readOnly = true)
    public Optional<NetworkSummary> findById(UUID id) {
        return networks.findById(id).map(Networks::summary);
    }

    /** Summaries of the given networks, in slug order; unknown ids are skipped. */
    @Transactional(readOnly = true)
    public List<NetworkSummary> findAllById(Collection<UUID> ids) {
        return networks.findAllById(ids).stream()
                .map(Networks::summary)
                .sorted(Comparator.comparing(NetworkSummary::slug))
                .toList();
    }

    /** Network ids by slug for the slugs that exist. */
    @Transactional(readOnly = true)
    public Map<String, UUID> idsBySlug(Collection<String> slugs) {
        return networks.findBySlugIn(Set.copyOf(slugs)).stream()
                .collect(Collectors.toMap(Network::getSlug, Network::getId));
    }

    /**
     * The networks whose members count as fellow members of the given networks' members: the networks themselves
     * and every network that shares a federation with one of them.
     */
    @Transactional(readOnly = true)
    public Set<UUID> federatedWith(Set<UUID> networkIds) {
        Set<UUID> result = new HashSet<>(networkIds);
        // Sharing is mutual: a network that withholds its members' profiles from a federation does not see the
        // others' members-only profiles through it either.
        networks.findAllById(networkIds)
                .forEach(network -> network.getFederations().stream()
                        .filter(network::sharesWith)
                        .forEach(federation ->
                                federation.getSharingNetworks().forEach(peer -> result.add(peer.getId()))));
        return result;
    }

    /**
     * The networks whose members' profiles the federation's search covers: its members that share with it. Empty
     * when none does.
     *
     * @throws NotFoundException when there is no such federation
     */
    @Transactional(readOnly = true)
    public Set<UUID> sharingNetworks(String federationSlug) {
        Federation federation =
                federations.findBySlug(federationSlug).orElseThrow(() -> new NotFoundException("federation"));
        return federation.getSharingNetworks().stream().map(Network::getId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The network's office decides whether its members' profiles appear in a federation it belongs to. Nothing is
     * copied either way: the federation reads the network's profiles as they are.
     *
     * @throws NotFoundException when the network does not belong to the federation
     */
    public NetworkSummary share(String networkSlug, String federationSlug, boolean shares) {
        Network network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        requireManager(network.getId());
        Federation federation = federations
                .findBySlug(federationSlug)
                .filter(candidate -> candidate.getNetworks().contains(network))
                .orElseThrow(() -> new NotFoundException("federation"));
        network.share(federation, shares);
        return summary(network);
    }

    /** Whether one of the networks wants editors' changes to published profiles approved by its office. */
    @Transactional(readOnly = true)
    public boolean requiresApproval(Collection<UUID> networkIds) {
        return networks.findAllById(networkIds).stream().anyMatch(Network::isEditsRequireApproval);
    }

    @Transactional(readOnly = true)
    public Map<UUID, Long> memberCounts() {
        NetworkMemberCounter counter = memberCounter.getIfAvailable();
        return counter == null ? Map.of() : counter.countMembersByNetwork();
    }

    public FederationSummary createFederation(FederationCommand command) {
        requirePlatformAdmin();
        requireFreeSlug(command.slug());
        Federation federation = federations.save(new Federation(
                command.slug(), command.name().toText(), command.description().toText()));
        setMembers(federation, command.networks());
        return summary(federation);
    }

    public FederationSummary updateFederation(String slug, FederationCommand command) {
        requirePlatformAdmin();
        Federation federation = federations.findBySlug(slug).orElseThrow(() -> new NotFoundException("federation"));
        federation.describe(command.name().toText(), command.description().toText());
        setMembers(federation, command.networks());
        return summary(federation);
    }

    /**
     * A network's office takes its network out of a federation; nothing else changes.
     *
     * @throws NotFoundException when the network does not belong to the federation
     */
    public void leaveFederation(String networkSlug, String federationSlug) {
        Network network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        requireManager(network.getId());
        federations
                .findBySlug(federationSlug)
                .filter(candidate -> candidate.getNetworks().contains(network))
                .orElseThrow(() -> new NotFoundException("federation"))
                .leave(network);
    }

    @Transactional(readOnly = true)
    public List<FederationSummary> allFederations() {
        return federations.findAllByOrderBySlugAsc().stream()
                .map(Networks::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<FederationSummary> findFederation(String slug) {
        return federations.findBySlug(slug).map(Networks::summary);
    }

    /** Whether the current person runs this network's office (or is a platform admin). */
    public boolean canManage(UUID networkId) {
        return currentUsers.current().managesNetwork(networkId);
    }

    /** Throws {@link AccessDeniedException} unless the current person runs this network's office. */
    public void requireManager(UUID networkId) {
        if (!canManage(networkId)) {
            throw new AccessDeniedException("not a manager of this network");
        }
    }

    private void requirePlatformAdmin() {
        CurrentUser user = currentUsers.current();
        if (!user.platformAdmin()) {
            throw new AccessDeniedException("platform admins only");
        }
    }

    private void requireFreeSlug(String slug) {
        if (networks.existsBySlug(slug) || federations.existsBySlug(slug)) {
            throw new ConflictException("network.slug.taken", slug);
        }
    }

    private void joinFederations(Network network, List<String> federationSlugs) {
        for (String slug : federationSlugs) {
            Federation federation = federations.findBySlug(slug).orElseGet(() -> {
                if (networks.existsBySlug(slug)) {
                    throw new ConflictException("network.slug.taken", slug);
                }
                return federations.save(new Federation(slug, new LocalizedText(slug, slug), LocalizedText.empty()));
            });
            federation.join(network);
        }
    }

    private void setMembers(Federation federation, List<String> networkSlugs) {
        List<Network> wanted = networks.findBySlugIn(Set.copyOf(networkSlugs));
        Set<String> found = wanted.stream().map(Network::getSlug).collect(Collectors.toSet());
        List<FieldMessage> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < networkSlugs.size(); i++) {
            if (!found.contains(networkSlugs.get(i))) {
                unknown.add(new FieldMessage(
                        "networks[" + i + "]",
                        messages.getMessage(
                                "organization.networks.unknown",
                                new Object[] {networkSlugs.get(i)},
                                LocaleContextHolder.getLocale())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationFailedException(unknown);
        }
        Set.copyOf(federation.getNetworks()).stream()
                .filter(network -> !wanted.contains(network))
                .forEach(federation::leave);
        wanted.forEach(federation::join);
    }

    private static NetworkSummary summary(Network network) {
        return new NetworkSummary(
                network.getId(),
                network.getSlug(),
                network.getName(),
                network.getDescription(),
                network.getRegion(),
                network.getFederations().stream()
                        .map(Federation::getSlug)
                        .sorted()
                        .toList(),
                network.getLogoKey() != null,
                network.isEditsRequireApproval(),
                network.getFederations().stream()
                        .filter(federation -> !network.sharesWith(federation))
                        .map(Federation::getSlug)
                        .sorted()
                        .toList(),
                network.getPrimaryColor(),
                network.getAccentColor());
    }

    /** A color from a command: null keeps the current one, blank removes it. */
    private static String color(String wanted, String current) {
        if (wanted == null) {
            return current;
        }
        return wanted.isBlank() ? null : wanted.toLowerCase(java.util.Locale.ROOT);
    }

    private static FederationSummary summary(Federation federation) {
        return new FederationSummary(
                federation.getId(),
                federation.getSlug(),
                federation.getName(),
                federation.getDescription(),
                federation.getNetworks().stream().map(Network::getSlug).sorted().toList(),
                federation.getSharingNetworks().stream()
                        .map(Network::getSlug)
                        .sorted()
                        .toList());
    }

    /** A logo's bytes and type; the caller closes the stream. */
    public record Logo(String contentType, InputStream content) {}
}
