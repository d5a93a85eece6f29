package org.clusteratlas.crm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.identity.CurrentUsers;
import org.clusteratlas.membership.ApplicationView;
import org.clusteratlas.membership.MembershipRecords;
import org.clusteratlas.membership.MembershipStatus;
import org.clusteratlas.membership.MembershipType;
import org.clusteratlas.membership.Memberships;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.organization.OrganizationListItem;
import org.clusteratlas.organization.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's start page: where the network stands (members by status and type), what waits for a decision (new
 * applications, profile changes to approve), what is late (overdue tasks), what happened lately (interactions), and
 * which profiles need attention (least complete, unknown postal codes). Everything is the network's only.
 */
@Service
@Transactional(readOnly = true)
public class OfficeDashboard {

    static final int SHORT_LIST = 5;

    private final Crm crm;
    private final MembershipRecords memberships;
    private final Memberships applications;
    private final Organizations organizations;
    private final CurrentUsers currentUsers;

    OfficeDashboard(
            Crm crm,
            MembershipRecords memberships,
            Memberships applications,
            Organizations organizations,
            CurrentUsers currentUsers) {
        this.crm = crm;
        this.memberships = memberships;
        this.applications = applications;
        this.organizations = organizations;
        this.currentUsers = currentUsers;
    }

    /**
     * @param members per status, per membership type code, how many
     * @param membersTotal all memberships except terminated ones
     * @param pendingApplications undecided applications, oldest first (at most five)
     * @param overdueTasks open tasks past their due date, most overdue first (at most five)
     * @param myOpenTasks how many open tasks the current person has in this network
     */
    public record View(
            NetworkSummary network,
            Map<MembershipStatus, Map<String, Long>> members,
            long membersTotal,
            List<MembershipType> types,
            List<ApplicationView> pendingApplications,
            long pendingApplicationCount,
            List<TaskView> overdueTasks,
            long overdueTaskCount,
            long myOpenTasks,
            List<InteractionView> recentInteractions,
            List<OrganizationListItem> changesToApprove,
            List<OrganizationListItem> weakestProfiles,
            List<OrganizationListItem> addressesToCheck) {}

    public View of(String networkSlug) {
        NetworkSummary network = crm.office(networkSlug);
        Map<MembershipStatus, Map<String, Long>> members = new EnumMap<>(MembershipStatus.class);
        members.putAll(memberships.counts(networkSlug));
        long total = members.entrySet().stream()
                .filter(e -> e.getKey() != MembershipStatus.TERMINATED)
                .flatMap(e -> e.getValue().values().stream())
                .mapToLong(Long::longValue)
                .sum();
        List<ApplicationView> pending = applications.list(networkSlug).stream()
                .filter(ApplicationView::isPending)
                .toList();
        List<TaskView> overdue = crm.tasks(networkSlug, new TaskFilter(null, null, true, null), Crm.MAX_LIST);
        long mine = crm.tasks(
                        networkSlug,
                        new TaskFilter(currentUsers.current().id(), TaskStatus.OPEN, false, null),
                        Crm.MAX_LIST)
                .size();
        return new View(
                network,
                members,
                total,
                memberships.types(networkSlug),
                pending.stream().limit(SHORT_LIST).toList(),
                pending.size(),
                overdue.stream().limit(SHORT_LIST).toList(),
                overdue.size(),
                mine,
                crm.interactions(networkSlug, null, 10),
                ofNetwork(organizations.pendingForOffice(), network),
                ofNetwork(organizations.weakestProfiles(), network).stream()
                        .filter(o -> o.completeness() < 60)
                        .limit(SHORT_LIST)
                        .toList(),
                ofNetwork(organizations.addressesToCheck(), network).stream()
                        .limit(SHORT_LIST)
                        .toList());
    }

    private static List<OrganizationListItem> ofNetwork(List<OrganizationListItem> items, NetworkSummary network) {
        return items.stream().filter(o -> o.networks().contains(network.slug())).toList();
    }
}
