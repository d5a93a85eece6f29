-- membership: applications of organizations to join a network, and the office's decision
create table membership_application (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  status varchar(10) not null,
  organization_name varchar(200) not null,
  kind varchar(30) not null,
  postal_code varchar(10) not null,
  city varchar(100) not null,
  website varchar(300),
  employees integer,
  part_of_group boolean not null,
  contact_first_name varchar(100) not null,
  contact_last_name varchar(100) not null,
  email varchar(254) not null,
  phone varchar(40),
  competences varchar(5000),
  message varchar(5000),
  language varchar(5) not null,
  submitted_at timestamp with time zone not null,
  decided_at timestamp with time zone,
  decided_by uuid,
  decided_by_name varchar(120),
  decision_note varchar(2000),
  -- the draft profile created on acceptance; the record of the decision outlives a later deletion of the profile
  organization_id uuid references organization (id) on delete set null,
  version bigint not null default 0
);
create index ix_membership_application_network on membership_application (network_id, status);
