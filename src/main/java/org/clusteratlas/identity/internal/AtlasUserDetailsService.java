package org.clusteratlas.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AtlasUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    AtlasUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email))
                .map(AtlasPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
