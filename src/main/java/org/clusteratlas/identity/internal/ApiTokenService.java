package org.clusteratlas.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusteratlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issued once in plain text, stored hashed, revocable. */
@Service
public class ApiTokenService {

    /** Writing "last used" on every request would turn each API read into a write; once a minute is precise enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final SecurityAudit audit;

    ApiTokenService(ApiTokens tokens, UserAccounts users, SecurityAudit audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    /** Creates a token; the returned secret is the only time it exists in plain text. */
    @Transactional
    public IssuedToken issue(UUID userId, String name) {
        String secret = Tokens.newSecret("cat_");
        ApiToken token = tokens.save(new ApiToken(userId, name.strip(), Tokens.sha256(secret), secret.substring(0, 8)));
        audit.record(SecurityEvent.Kind.TOKEN_ISSUED, userId, null, token.getTokenPrefix());
        return new IssuedToken(token.getId(), secret);
    }

    /** Makes sure a token with exactly this secret exists for the account, keeping it when it already does. */
    @Transactional
    public void ensureToken(UUID userId, String name, String secret) {
        String hash = Tokens.sha256(secret);
        Optional<ApiToken> existing = tokens.findByTokenHash(hash);
        if (existing.isPresent()
                && !existing.get().isRevoked()
                && existing.get().getUserId().equals(userId)) {
            return;
        }
        // A changed bootstrap value replaces the old one: the previous secret must stop working.
        tokens.findByUserIdAndNameAndRevokedAtIsNull(userId, name).forEach(ApiToken::revoke);
        existing.ifPresent(tokens::delete);
        tokens.flush();
        tokens.save(new ApiToken(userId, name, hash, secret.substring(0, Math.min(8, secret.length()))));
    }

    /** The principal a bearer secret stands for, when the token is valid and its account active. */
    @Transactional
    public Optional<AtlasPrincipal> authenticate(String secret) {
        Instant now = Instant.now();
        return tokens.findByTokenHash(Tokens.sha256(secret))
                .filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    if (token.getLastUsedAt() == null
                            || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                        token.markUsed(now);
                    }
                    return users.findById(token.getUserId());
                })
                .map(AtlasPrincipal::of)
                .filter(AtlasPrincipal::isUsable);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> activeTokens(UUID userId) {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId);
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("token"));
        token.revoke();
        audit.record(SecurityEvent.Kind.TOKEN_REVOKED, userId, null, token.getTokenPrefix());
    }

    public record IssuedToken(UUID id, String secret) {}
}
