package org.clusteratlas.network.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clusteratlas.shared.LocalizedText;

/** A federation of networks, such as a state-wide competence atlas. */
@Entity
@Table(name = "federation")
public class Federation extends SluggedEntity {

    @ManyToMany
    @JoinTable(
            name = "federation_network",
            joinColumns = @JoinColumn(name = "federation_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<Network> networks = new LinkedHashSet<>();

    protected Federation() {}

    public Federation(String slug, LocalizedText name, LocalizedText description) {
        super(slug);
        describe(name, description);
    }

    public void describe(LocalizedText name, LocalizedText description) {
        name(name, description);
    }

    public void join(Network network) {
        networks.add(network);
        network.getFederations().add(this);
    }

    /** The network leaves; a later return starts with sharing, as a first join does. */
    public void leave(Network network) {
        networks.remove(network);
        network.getFederations().remove(this);
        network.getWithheldFrom().remove(getId());
    }

    /** The member networks that share their members' profiles here: the federation's search covers these only. */
    public Set<Network> getSharingNetworks() {
        Set<Network> sharing = new LinkedHashSet<>();
        networks.stream().filter(network -> network.sharesWith(this)).forEach(sharing::add);
        return sharing;
    }

    public Set<Network> getNetworks() {
        return networks;
    }
}
