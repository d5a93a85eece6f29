package org.clusteratlas.membership;

import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.organization.OrganizationKind;

/**
 * What the admission rules say about an application, computed from what the applicant stated. The rules (from the
 * founding documents of the regional portals): free for consumers, social institutions and associations; businesses
 * pay a fee; chains and large companies are not admitted. Hints advise the office, they decide nothing.
 */
public enum AdmissionHint {
    /** A company at or above the size limit: not admitted by the rules. */
    LARGE_COMPANY(true),
    /** Part of a chain or group: not admitted by the rules. */
    PART_OF_GROUP(true),
    /** An association or social institution: free membership. */
    FREE_MEMBERSHIP(false),
    /** A small or medium business: membership with a fee. */
    FEE_PAYING(false),
    /** University, research institute, public body or other: the rules say nothing, the office decides. */
    NO_RULE(false);

    private final boolean objection;

    AdmissionHint(boolean objection) {
        this.objection = objection;
    }

    /** Whether the hint speaks against admission. */
    public boolean isObjection() {
        return objection;
    }

    /**
     * The hints for an application, objections first; never empty.
     *
     * @param largeCompanyEmployees the head count from which a company counts as large (250 by the EU's SME definition)
     */
    public static List<AdmissionHint> of(
            OrganizationKind kind, Integer employees, boolean partOfGroup, int largeCompanyEmployees) {
        List<AdmissionHint> hints = new ArrayList<>();
        boolean company = kind == OrganizationKind.COMPANY;
        if (company && employees != null && employees >= largeCompanyEmployees) {
            hints.add(LARGE_COMPANY);
        }
        if (partOfGroup) {
            hints.add(PART_OF_GROUP);
        }
        if (kind == OrganizationKind.ASSOCIATION || kind == OrganizationKind.SOCIAL_INSTITUTION) {
            hints.add(FREE_MEMBERSHIP);
        } else if (company) {
            // Shown even next to an objection: if the office admits the company anyway, it pays.
            hints.add(FEE_PAYING);
        } else {
            hints.add(NO_RULE);
        }
        return List.copyOf(hints);
    }
}
