package org.clusteratlas.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the address or from the client: refused before the password is even checked. */
class LoginBlockedException extends AuthenticationException {

    LoginBlockedException() {
        super("sign-in blocked after too many failures");
    }
}
