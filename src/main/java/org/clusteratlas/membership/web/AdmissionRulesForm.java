package org.clusteratlas.membership.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clusteratlas.membership.AdmissionRules;
import org.clusteratlas.organization.OrganizationKind;

/**
 * The office's form for its admission rules. Ranges and documents are typed one per line, so the form works without
 * JavaScript: "67000-67999" (or a single postal code), and "Handelsregisterauszug | Commercial register extract".
 */
class AdmissionRulesForm {

    private List<OrganizationKind> allowedKinds = new ArrayList<>();
    private String postalRanges = "";
    private List<String> federalStates = new ArrayList<>();
    private Integer maxEmployees;
    private boolean excludeGroups;
    private String documents = "";

    static AdmissionRulesForm of(AdmissionRules rules) {
        AdmissionRulesForm form = new AdmissionRulesForm();
        form.allowedKinds = new ArrayList<>(rules.allowedKinds());
        form.postalRanges = rules.postalRanges().stream()
                .map(r -> r.from().equals(r.to()) ? r.from() : r.from() + "-" + r.to())
                .collect(Collectors.joining("\n"));
        form.federalStates = new ArrayList<>(rules.federalStates());
        form.maxEmployees = rules.maxEmployees();
        form.excludeGroups = rules.excludeGroups();
        form.documents = rules.requiredDocuments().stream()
                .map(d -> d.nameEn() == null ? d.nameDe() : d.nameDe() + " | " + d.nameEn())
                .collect(Collectors.joining("\n"));
        return form;
    }

    AdmissionRules toRules() {
        List<AdmissionRules.PostalRange> ranges = new ArrayList<>();
        for (String line : lines(postalRanges)) {
            String[] ends = line.split("\\s*[-–]\\s*", 2);
            ranges.add(new AdmissionRules.PostalRange(ends[0], ends.length > 1 ? ends[1] : ends[0]));
        }
        List<AdmissionRules.RequiredDocument> required = new ArrayList<>();
        for (String line : lines(documents)) {
            String[] names = line.split("\\s*\\|\\s*", 2);
            required.add(new AdmissionRules.RequiredDocument(null, names[0], names.length > 1 ? names[1] : null));
        }
        return new AdmissionRules(allowedKinds, ranges, federalStates, maxEmployees, excludeGroups, required);
    }

    /** The form field that shows an error of the rules' field ({@code postalRanges[2]} belongs to the textarea). */
    static String formField(String rulesField) {
        int bracket = rulesField.indexOf('[');
        String base = bracket < 0 ? rulesField : rulesField.substring(0, bracket);
        return base.equals("requiredDocuments") ? "documents" : base;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<OrganizationKind> getAllowedKinds() {
        return allowedKinds;
    }

    public void setAllowedKinds(List<OrganizationKind> allowedKinds) {
        this.allowedKinds = allowedKinds == null ? new ArrayList<>() : allowedKinds;
    }

    public String getPostalRanges() {
        return postalRanges;
    }

    public void setPostalRanges(String postalRanges) {
        this.postalRanges = postalRanges;
    }

    public List<String> getFederalStates() {
        return federalStates;
    }

    public void setFederalStates(List<String> federalStates) {
        this.federalStates = federalStates == null ? new ArrayList<>() : federalStates;
    }

    public Integer getMaxEmployees() {
        return maxEmployees;
    }

    public void setMaxEmployees(Integer maxEmployees) {
        this.maxEmployees = maxEmployees;
    }

    public boolean isExcludeGroups() {
        return excludeGroups;
    }

    public void setExcludeGroups(boolean excludeGroups) {
        this.excludeGroups = excludeGroups;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }
}
