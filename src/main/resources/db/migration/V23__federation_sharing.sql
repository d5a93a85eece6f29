-- network: what a network shares with its federations, and its branding.
-- A network in a federation shares its members' profiles there unless its office withholds them; withholding is
-- recorded here (not as a flag on federation_network, which the federation's member list rewrites).
create table network_withheld_federation (
  network_id uuid not null references network (id) on delete cascade,
  federation_id uuid not null references federation (id) on delete cascade,
  primary key (network_id, federation_id)
);
alter table network add column primary_color varchar(7);
alter table network add column accent_color varchar(7);

-- organization: a profile may stay out of the federations its networks share with (it stays in its own networks)
alter table organization add column federation_shared boolean default true not null;
