package org.clusteratlas.identity.internal;

import java.util.UUID;
import java.util.function.Supplier;
import org.clusteratlas.identity.RunAs;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextRunAs implements RunAs {

    private final UserAccounts users;

    SecurityContextRunAs(UserAccounts users) {
        this.users = users;
    }

    @Override
    public <T> T runAs(UUID accountId, Supplier<T> action) {
        AtlasPrincipal principal = users.findById(accountId)
                .map(AtlasPrincipal::of)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
