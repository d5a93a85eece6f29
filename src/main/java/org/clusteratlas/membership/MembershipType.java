package org.clusteratlas.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A kind of membership a network offers (full, supporting, partner, curator, honorary, or its own). */
public record MembershipType(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
        String code,

        @NotBlank @Size(max = 100) String nameDe,
        @NotBlank @Size(max = 100) String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }
}
