package org.clusteratlas.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One record of consent given or withdrawn. Records are only added, never changed: the latest per purpose is what
 * holds, the earlier ones prove what held when.
 *
 * @param network the network the consent is for (null: the platform)
 * @param source where it was given: "membership application form", "unsubscribe link", "phone call on 2026-03-02"
 */
public record Consent(
        UUID id,
        @NotBlank @Email @Size(max = 254) String email,
        String network,
        @NotNull ConsentPurpose purpose,
        @NotNull Boolean granted,
        @NotBlank @Size(max = 200) String source,
        Instant recordedAt,
        String recordedBy) {}
