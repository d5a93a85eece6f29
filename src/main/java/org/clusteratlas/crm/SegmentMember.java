package org.clusteratlas.crm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.membership.FeeCategory;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.organization.OrganizationKind;
import org.clusteratlas.organization.OrganizationRef;

/** A member as the office's lists show it: organization, membership, tags, last contact and contact persons. */
public record SegmentMember(
        UUID id,
        String slug,
        String name,
        OrganizationKind kind,
        String postalCode,
        String city,
        MembershipStatus status,
        String type,
        String typeName,
        FeeCategory feeCategory,
        List<String> tags,
        Instant lastContact,
        List<OrganizationRef.ContactRef> contacts) {

    public SegmentMember {
        tags = List.copyOf(tags);
        contacts = List.copyOf(contacts);
    }
}
