-- membership: admission rules per network, set by its office. A network without a row admits by the founding rules
-- (all kinds, companies up to 249 employees, no chains or groups, no region, no documents).
create table admission_rules (
  network_id uuid primary key references network (id) on delete cascade,
  allowed_kinds varchar(300) not null,
  postal_ranges varchar(2000),
  federal_states varchar(1000),
  max_employees integer,
  exclude_groups boolean not null,
  updated_at timestamp with time zone not null,
  updated_by_name varchar(120),
  version bigint not null
);

-- the documents an applicant uploads, one PDF each, in the order the office listed them
create table admission_required_document (
  network_id uuid not null references admission_rules (network_id) on delete cascade,
  position integer not null,
  code varchar(60) not null,
  name_de varchar(100) not null,
  name_en varchar(100),
  primary key (network_id, position)
);

-- an uploaded document of an application; the bytes live in the blob storage under storage_key, never in a public path
create table membership_application_document (
  id uuid primary key,
  application_id uuid not null references membership_application (id) on delete cascade,
  document_code varchar(60) not null,
  document_name varchar(100) not null,
  file_name varchar(200),
  size_bytes bigint not null,
  storage_key varchar(200) not null,
  uploaded_at timestamp with time zone not null
);
create index membership_application_document_application on membership_application_document (application_id);

-- accepting despite rules that were not met needs a reason; the rules not met at that moment are kept with it
alter table membership_application add column override_reason varchar(2000);
alter table membership_application add column overridden_rules varchar(2000);
