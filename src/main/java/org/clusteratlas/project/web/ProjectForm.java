package org.clusteratlas.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.project.ProjectCommand;
import org.clusteratlas.project.ProjectStatus;
import org.clusteratlas.project.ProjectView;
import org.clusteratlas.project.ProjectVisibility;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the office types for a project. Partners and milestones are rows; the form's "add row" button adds one
 * without JavaScript, blank rows are dropped. A bean, so that one unreadable value leaves the rest to show again.
 */
class ProjectForm {

    private String titleDe = "";
    private String titleEn = "";
    private String descriptionDe = "";
    private String descriptionEn = "";
    private ProjectStatus status = ProjectStatus.PLANNED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private UUID programmeId;
    private BigDecimal budget;
    private ProjectVisibility visibility = ProjectVisibility.OFFICE;
    private List<PartnerRow> partners = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();
    private Long version;

    static ProjectForm of(ProjectView project) {
        ProjectForm form = new ProjectForm();
        form.titleDe = project.title().de();
        form.titleEn = project.title().en();
        form.descriptionDe = project.description().de();
        form.descriptionEn = project.description().en();
        form.status = project.status();
        form.startsOn = project.startsOn();
        form.endsOn = project.endsOn();
        form.programmeId =
                project.programme() == null ? null : project.programme().id();
        form.budget = project.budget();
        form.visibility = project.visibility();
        for (ProjectView.PartnerView p : project.partners()) {
            PartnerRow row = new PartnerRow();
            row.organization = p.organizationSlug();
            row.name = p.organizationSlug() == null ? p.name() : "";
            row.role = p.role();
            form.partners.add(row);
        }
        for (ProjectView.MilestoneView m : project.milestones()) {
            MilestoneRow row = new MilestoneRow();
            row.title = m.title();
            row.dueOn = m.dueOn() == null ? "" : m.dueOn().toString();
            row.doneOn = m.doneOn() == null ? (m.done() ? "x" : "") : m.doneOn().toString();
            form.milestones.add(row);
        }
        form.version = project.version();
        return form;
    }

    /** One blank row in each list, for typing a new entry. */
    void ensureBlankRows() {
        if (partners.stream().noneMatch(PartnerRow::isBlank)) {
            partners.add(new PartnerRow());
        }
        if (milestones.stream().noneMatch(MilestoneRow::isBlank)) {
            milestones.add(new MilestoneRow());
        }
    }

    void addRow(String list) {
        switch (list) {
            case "partners" -> partners.add(new PartnerRow());
            case "milestones" -> milestones.add(new MilestoneRow());
            default -> {
                // a forged name: nothing to add
            }
        }
    }

    void dropBlankRows() {
        partners.removeIf(PartnerRow::isBlank);
        milestones.removeIf(MilestoneRow::isBlank);
    }

    /**
     * The command; unreadable dates of milestones are reported into {@code errors} (the rows' dates are text: the
     * rows fragment has plain inputs). "x" as the done date marks a milestone done without a date.
     */
    ProjectCommand toCommand(BindingResult errors, String dateMessage) {
        List<ProjectCommand.Partner> partnerList = new ArrayList<>();
        for (PartnerRow row : partners) {
            partnerList.add(new ProjectCommand.Partner(null, blankToNull(row.organization), row.name, row.role));
        }
        List<ProjectCommand.Milestone> milestoneList = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            LocalDate due = date(row.dueOn, "milestones[" + i + "].dueOn", errors, dateMessage);
            boolean doneWithoutDate = "x".equalsIgnoreCase(strip(row.doneOn));
            LocalDate done =
                    doneWithoutDate ? null : date(row.doneOn, "milestones[" + i + "].doneOn", errors, dateMessage);
            milestoneList.add(new ProjectCommand.Milestone(row.title, due, doneWithoutDate || done != null, done));
        }
        return new ProjectCommand(
                titleDe,
                titleEn,
                descriptionDe,
                descriptionEn,
                status,
                startsOn,
                endsOn,
                programmeId,
                budget,
                visibility,
                partnerList,
                milestoneList);
    }

    private static LocalDate date(String text, String field, BindingResult errors, String message) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.addError(new FieldError("form", field, text, false, null, null, message));
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return strip(text);
    }

    public static class PartnerRow {
        private String organization = "";
        private String name = "";
        private String role = "";

        boolean isBlank() {
            return strip(organization) == null && strip(name) == null && strip(role) == null;
        }

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public static class MilestoneRow {
        private String title = "";
        private String dueOn = "";
        private String doneOn = "";

        boolean isBlank() {
            return strip(title) == null && strip(dueOn) == null && strip(doneOn) == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(String doneOn) {
            this.doneOn = doneOn;
        }
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(UUID programmeId) {
        this.programmeId = programmeId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public ProjectVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(ProjectVisibility visibility) {
        this.visibility = visibility;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
