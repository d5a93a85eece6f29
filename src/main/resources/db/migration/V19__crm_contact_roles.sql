-- The roles a contact person holds in a network (curator, technology ambassador, board member, network manager,
-- spokesperson): the network's own knowledge about a person, kept by its office beside the member's profile.
create table crm_contact_role (
  network_id uuid not null references network (id) on delete cascade,
  contact_id uuid not null references organization_contact (id) on delete cascade,
  role varchar(30) not null,
  primary key (network_id, contact_id, role)
);
create index ix_crm_contact_role_contact on crm_contact_role (contact_id);
