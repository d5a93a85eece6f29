package org.clusteratlas.membership;

import java.util.EnumSet;
import java.util.List;
import org.clusteratlas.organization.OrganizationKind;

/**
 * What a network admits. A network whose office has not set its own rules admits by the {@linkplain #founding founding
 * rules}. Lists are never null after construction; a null {@code allowedKinds} stays null so that validation can
 * tell "nothing sent" from a list.
 *
 * @param allowedKinds the kinds of organization admitted; at least one
 * @param postalRanges postal-code ranges of the region (five digits each, from ≤ to); empty with no federal states
 *     means no region restriction
 * @param federalStates German federal states of the region, by their German names (see {@link #FEDERAL_STATES}); an
 *     application lies in the region when its postal code lies in one of the ranges or in one of the states
 * @param maxEmployees the largest head count of a company that is admitted; null for no limit. Counts for companies
 *     only: associations, institutes and public bodies are not "large companies"
 * @param excludeGroups whether organizations belonging to a chain or a group of companies are refused
 * @param requiredDocuments documents the applicant uploads with the application, one PDF each
 */
public record AdmissionRules(
        List<OrganizationKind> allowedKinds,
        List<PostalRange> postalRanges,
        List<String> federalStates,
        Integer maxEmployees,
        Boolean excludeGroups,
        List<RequiredDocument> requiredDocuments) {

    /** The German federal states as the gazetteer names them. */
    public static final List<String> FEDERAL_STATES = List.of(
            "Baden-Württemberg",
            "Bayern",
            "Berlin",
            "Brandenburg",
            "Bremen",
            "Hamburg",
            "Hessen",
            "Mecklenburg-Vorpommern",
            "Niedersachsen",
            "Nordrhein-Westfalen",
            "Rheinland-Pfalz",
            "Saarland",
            "Sachsen",
            "Sachsen-Anhalt",
            "Schleswig-Holstein",
            "Thüringen");

    public AdmissionRules {
        allowedKinds = allowedKinds == null ? null : List.copyOf(allowedKinds);
        postalRanges = postalRanges == null ? List.of() : List.copyOf(postalRanges);
        federalStates = federalStates == null ? List.of() : List.copyOf(federalStates);
        excludeGroups = excludeGroups != null && excludeGroups;
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
    }

    /**
     * The rules of the founding documents of the regional portals: every kind, companies below the size of a large
     * company, no chains or groups, no region, no documents.
     */
    public static AdmissionRules founding(int largeCompanyEmployees) {
        return new AdmissionRules(
                List.copyOf(EnumSet.allOf(OrganizationKind.class)),
                List.of(),
                List.of(),
                largeCompanyEmployees - 1,
                true,
                List.of());
    }

    /** Whether every kind of organization is admitted. */
    public boolean allKindsAllowed() {
        return allowedKinds != null && allowedKinds.containsAll(EnumSet.allOf(OrganizationKind.class));
    }

    /** Whether the rules restrict the region at all. */
    public boolean hasRegion() {
        return !postalRanges.isEmpty() || !federalStates.isEmpty();
    }

    /** A range of five-digit postal codes, both ends included. */
    public record PostalRange(String from, String to) {

        public boolean contains(String postalCode) {
            return postalCode != null && postalCode.compareTo(from) >= 0 && postalCode.compareTo(to) <= 0;
        }

        @Override
        public String toString() {
            return from.equals(to) ? from : from + "–" + to;
        }
    }

    /**
     * A document the applicant uploads.
     *
     * @param code stable name of the upload field, derived from the German name when not given
     * @param nameEn may be null: the German name is shown instead
     */
    public record RequiredDocument(String code, String nameDe, String nameEn) {}
}
