package org.clusteratlas.privacy;

/** What a person agreed (or stopped agreeing) to. */
public enum ConsentPurpose {
    /** Mail of a network's office to its members' contact persons (newsletters, invitations). */
    NEWSLETTER,
    /** Processing of the data given in a membership application. */
    MEMBERSHIP_APPLICATION,
    /** Showing the person as a contact on a public profile. */
    PUBLIC_PROFILE
}
