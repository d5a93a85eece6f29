-- membership: the office's record of each organization's membership in a network, with its type, status lifecycle
-- (applicant -> active -> suspended -> terminated), fee category and history. organization_network stays what search
-- and profiles read; the membership module keeps both in step (see MembershipRecords).
create table membership_type (
  network_id uuid not null references network (id) on delete cascade,
  code varchar(40) not null,
  name_de varchar(100) not null,
  name_en varchar(100) not null,
  sort_order integer not null,
  primary key (network_id, code)
);

create table membership (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  type_code varchar(40) not null,
  status varchar(12) not null,
  fee_category varchar(12) not null,
  applied_on date,
  since date,
  ended_on date,
  status_reason varchar(2000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_membership unique (network_id, organization_id)
);
create index ix_membership_network_status on membership (network_id, status);

create table membership_change (
  id uuid primary key,
  membership_id uuid not null references membership (id) on delete cascade,
  changed_at timestamp with time zone not null,
  effective_on date not null,
  changed_by varchar(120),
  from_status varchar(12),
  to_status varchar(12) not null,
  type_code varchar(40) not null,
  fee_category varchar(12) not null,
  reason varchar(2000)
);
create index ix_membership_change_membership on membership_change (membership_id, changed_at);
