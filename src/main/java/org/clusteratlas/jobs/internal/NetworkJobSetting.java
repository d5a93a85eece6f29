package org.clusteratlas.jobs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clusteratlas.shared.AssignedIdEntity;

/** A network's choice whether its office approves postings before they are public (default: no). */
@Entity
@Table(name = "job_network_setting")
public class NetworkJobSetting extends AssignedIdEntity {

    @Id
    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    protected NetworkJobSetting() {}

    public NetworkJobSetting(UUID networkId, boolean approvalRequired) {
        this.networkId = networkId;
        this.approvalRequired = approvalRequired;
    }

    @Override
    public UUID getId() {
        return networkId;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }
}
