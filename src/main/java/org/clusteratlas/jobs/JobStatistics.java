package org.clusteratlas.jobs;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.clusteratlas.jobs.internal.JobApplication;
import org.clusteratlas.jobs.internal.JobApplications;
import org.clusteratlas.jobs.internal.JobPosting;
import org.clusteratlas.jobs.internal.JobPostings;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.AtlasProperties;
import org.clusteratlas.shared.LocalizedText;
import org.clusteratlas.shared.NotFoundException;
import org.clusteratlas.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's figures of its network's job board: postings and applications per month (by the day a posting was
 * created and an application received, in the networks' time zone), per kind and per skill.
 */
@Service
@Transactional(readOnly = true)
public class JobStatistics {

    private final JobPostings postings;
    private final JobApplications applications;
    private final Networks networks;
    private final Taxonomy taxonomy;
    private final AtlasProperties atlas;

    JobStatistics(
            JobPostings postings,
            JobApplications applications,
            Networks networks,
            Taxonomy taxonomy,
            AtlasProperties atlas) {
        this.postings = postings;
        this.applications = applications;
        this.networks = networks;
        this.taxonomy = taxonomy;
        this.atlas = atlas;
    }

    /** A row of a table: what is counted, postings, applications. */
    public record Row(String key, String label, long postings, long applications) {}

    /** @param months newest month first */
    public record Figures(List<Row> months, List<Row> kinds, List<Row> skills) {}

    public Figures of(String networkSlug, Locale locale) {
        NetworkSummary network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("network"));
        networks.requireManager(network.id());
        List<JobPosting> all = postings.findByNetworks(List.of(network.id()));
        Map<UUID, JobPosting> byId = new java.util.HashMap<>();
        all.forEach(p -> byId.put(p.getId(), p));
        List<JobApplication> received =
                byId.isEmpty() ? List.of() : applications.findByPostingIdInOrderByCreatedAtDesc(byId.keySet());

        Map<String, long[]> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, long[]> kinds = new TreeMap<>();
        Map<String, long[]> skills = new TreeMap<>();
        for (JobPosting posting : all) {
            months.computeIfAbsent(month(posting.getCreatedAt()), k -> new long[2])[0]++;
            kinds.computeIfAbsent(posting.getKind().name(), k -> new long[2])[0]++;
            posting.getSkills().forEach(s -> skills.computeIfAbsent(s, k -> new long[2])[0]++);
        }
        for (JobApplication application : received) {
            JobPosting posting = byId.get(application.getPostingId());
            months.computeIfAbsent(month(application.getCreatedAt()), k -> new long[2])[1]++;
            kinds.computeIfAbsent(posting.getKind().name(), k -> new long[2])[1]++;
            posting.getSkills().forEach(s -> skills.computeIfAbsent(s, k -> new long[2])[1]++);
        }
        Map<String, LocalizedText> labels = taxonomy.prefLabels(skills.keySet());
        return new Figures(
                rows(months, Map.of(), locale),
                rows(kinds, Map.of(), locale),
                rows(skills, labels, locale).stream()
                        .sorted(java.util.Comparator.comparingLong(Row::postings)
                                .reversed())
                        .toList());
    }

    private String month(java.time.Instant instant) {
        return YearMonth.from(instant.atZone(atlas.zone())).toString();
    }

    private static List<Row> rows(Map<String, long[]> counts, Map<String, LocalizedText> labels, Locale locale) {
        return counts.entrySet().stream()
                .map(e -> new Row(
                        e.getKey(),
                        labels.containsKey(e.getKey()) ? labels.get(e.getKey()).in(locale) : e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1]))
                .toList();
    }
}
