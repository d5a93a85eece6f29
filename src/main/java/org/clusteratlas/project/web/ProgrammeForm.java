package org.clusteratlas.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clusteratlas.project.ProgrammeCommand;
import org.springframework.format.annotation.DateTimeFormat;

/** What the office types for a funding programme. */
class ProgrammeForm {

    private String nameDe = "";
    private String nameEn = "";
    private String funder = "";
    private String url = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private BigDecimal fundingRate;
    private String notes = "";

    ProgrammeCommand toCommand() {
        return new ProgrammeCommand(nameDe, nameEn, funder, url, startsOn, endsOn, fundingRate, notes);
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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

    public BigDecimal getFundingRate() {
        return fundingRate;
    }

    public void setFundingRate(BigDecimal fundingRate) {
        this.fundingRate = fundingRate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
