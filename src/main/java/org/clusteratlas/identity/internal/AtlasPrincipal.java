package org.clusteratlas.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security keeps it in the session. It holds only the account id and login data;
 * network and organization rights are loaded per request by {@link CurrentUsersFromDatabase}, so revoking a role takes
 * effect at once.
 */
public record AtlasPrincipal(
        UUID id, String email, String passwordHash, boolean platformAdmin, boolean emailVerified, boolean unlocked)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static AtlasPrincipal of(UserAccount account) {
        return new AtlasPrincipal(
                account.getId(),
                account.getEmail(),
                account.getPasswordHash(),
                account.isPlatformAdmin(),
                account.isEmailVerified(),
                account.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** An account is usable once its email address is verified. */
    @Override
    public boolean isEnabled() {
        return emailVerified;
    }

    /** A platform admin can lock an account; it then signs in nowhere and its tokens stop working. */
    @Override
    public boolean isAccountNonLocked() {
        return unlocked;
    }

    public boolean isUsable() {
        return emailVerified && unlocked;
    }
}
