package org.clusteratlas.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.clusteratlas.identity.CurrentUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was locked or deleted since it signed in. The session keeps the principal as
 * it was at sign-in; without this check a locked person would stay signed in until the session expires.
 */
class UnusableAccountFilter extends OncePerRequestFilter {

    private final CurrentUsers currentUsers;

    UnusableAccountFilter(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // The current person is loaded (once per request, then reused by the pages) from the database: a signed-in
        // principal that comes back anonymous belongs to an account that was locked or deleted since. Unverified
        // accounts never get this far, they cannot sign in.
        if (authentication != null
                && authentication.getPrincipal() instanceof AtlasPrincipal
                && currentUsers.current().isAnonymous()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
