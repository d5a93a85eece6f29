package org.clusteratlas.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a newcomer types to register. The password rule follows NIST SP 800-63B: length, not character classes. */
record RegistrationForm(
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 254) String email,

        @NotBlank @Size(min = 12, max = 128, message = "{identity.password.length}") @NotGuessable
        String password,

        String passwordRepeat) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "");
    }

    boolean isPasswordRepeated() {
        return password == null || password.equals(passwordRepeat);
    }
}
