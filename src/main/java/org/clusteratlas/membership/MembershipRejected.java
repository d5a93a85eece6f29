package org.clusteratlas.membership;

import java.util.UUID;

/** The office turned an application down; the applicant has been told by mail. */
public record MembershipRejected(UUID applicationId, UUID networkId) {}
