package org.clusteratlas.jobs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clusteratlas.jobs.ApplicationChannel;
import org.clusteratlas.jobs.EmploymentType;
import org.clusteratlas.jobs.JobKind;
import org.clusteratlas.jobs.PostingCommand;
import org.clusteratlas.jobs.PostingView;
import org.clusteratlas.jobs.RemoteOption;
import org.clusteratlas.jobs.SalaryPeriod;
import org.clusteratlas.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The posting form, flat so that it works without JavaScript: three rows of places ({@code postalCode}/{@code city}
 * repeated), skills as a multiple choice. The rules are checked by the job board, once for pages and API.
 */
record PostingForm(
        JobKind kind,
        String titleDe,
        String titleEn,
        String descriptionDe,
        String descriptionEn,
        List<String> postalCode,
        List<String> city,
        RemoteOption remote,
        EmploymentType employmentType,
        BigDecimal hoursPerWeek,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String salaryCurrency,
        SalaryPeriod salaryPeriod,
        List<String> skills,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        UUID contactId,
        String contactName,
        String contactEmail,
        ApplicationChannel channel,
        String applyEmail,
        String applyUrl,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validThrough,
        Boolean publish,
        Long version) {

    static final int PLACES = 3;

    PostingForm {
        postalCode = padded(postalCode);
        city = padded(city);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    static PostingForm empty() {
        return new PostingForm(
                JobKind.JOB,
                "",
                "",
                "",
                "",
                null,
                null,
                RemoteOption.NONE,
                EmploymentType.FULL_TIME,
                null,
                null,
                null,
                "EUR",
                SalaryPeriod.MONTH,
                null,
                null,
                null,
                "",
                "",
                ApplicationChannel.PLATFORM,
                "",
                "",
                null,
                true,
                null);
    }

    static PostingForm of(PostingView p) {
        return new PostingForm(
                p.kind(),
                p.title().de(),
                p.title().en(),
                p.description().de(),
                p.description().en(),
                p.locations().stream().map(PostingView.LocationView::postalCode).toList(),
                p.locations().stream().map(PostingView.LocationView::city).toList(),
                p.remote(),
                p.employmentType(),
                p.hoursPerWeek(),
                p.salary() == null ? null : p.salary().min(),
                p.salary() == null ? null : p.salary().max(),
                p.salary() == null ? "EUR" : p.salary().currency(),
                p.salary() == null ? SalaryPeriod.MONTH : p.salary().period(),
                p.skills().stream().map(PostingView.Skill::uri).toList(),
                p.startDate(),
                null,
                p.contactName(),
                p.contactEmail(),
                p.channel(),
                p.applyEmail(),
                p.applyUrl(),
                p.validThrough(),
                p.status() != org.clusteratlas.jobs.PostingStatus.DRAFT,
                p.version());
    }

    PostingCommand toCommand(UUID organizationId) {
        List<PostingCommand.Location> locations = new ArrayList<>();
        for (int i = 0; i < PLACES; i++) {
            String code = postalCode.get(i).strip();
            String place = city.get(i).strip();
            if (!code.isEmpty() || !place.isEmpty()) {
                locations.add(new PostingCommand.Location(code, place));
            }
        }
        boolean anySalary = salaryMin != null || salaryMax != null;
        return new PostingCommand(
                organizationId,
                kind,
                new LocalizedText(titleDe, titleEn),
                new LocalizedText(descriptionDe, descriptionEn),
                locations,
                remote,
                employmentType,
                hoursPerWeek,
                salaryMin,
                salaryMax,
                anySalary ? salaryCurrency : null,
                anySalary ? salaryPeriod : null,
                skills,
                startDate,
                contactId,
                contactId == null ? contactName : null,
                contactId == null ? contactEmail : null,
                channel,
                applyEmail,
                applyUrl,
                validThrough,
                Boolean.TRUE.equals(publish));
    }

    private static List<String> padded(List<String> values) {
        List<String> list = new ArrayList<>(values == null ? List.of() : values);
        list.replaceAll(v -> v == null ? "" : v);
        while (list.size() < PLACES) {
            list.add("");
        }
        return List.copyOf(list.subList(0, PLACES));
    }
}
