-- project: funding programmes (of a network, or platform-wide when network_id is null) and the joint projects of a
-- network with partners, milestones and documents.
create table funding_programme (
  id uuid primary key,
  network_id uuid references network (id) on delete cascade,
  name_de varchar(200) not null,
  name_en varchar(200),
  funder varchar(200) not null,
  url varchar(500),
  starts_on date,
  ends_on date,
  funding_rate numeric(5,2),
  notes varchar(4000),
  created_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_funding_programme_network on funding_programme (network_id);

create table project (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  slug varchar(60) not null,
  title_de varchar(200) not null,
  title_en varchar(200),
  description_de varchar(10000),
  description_en varchar(10000),
  status varchar(10) not null,
  starts_on date,
  ends_on date,
  programme_id uuid references funding_programme (id) on delete set null,
  -- the budget in euros, to the cent
  budget numeric(12,2),
  visibility varchar(10) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uq_project_network_slug unique (network_id, slug)
);

-- a partner is an organization of the platform (organization_id) or an external one (name only)
create table project_partner (
  project_id uuid not null references project (id) on delete cascade,
  position integer not null,
  organization_id uuid references organization (id) on delete set null,
  name varchar(200),
  role varchar(200),
  primary key (project_id, position)
);

create table project_milestone (
  project_id uuid not null references project (id) on delete cascade,
  position integer not null,
  title varchar(200) not null,
  due_on date,
  done boolean not null,
  done_on date,
  primary key (project_id, position)
);

-- the bytes live in the blob storage under storage_key; public_document: shown to whoever sees the project,
-- otherwise to the network's office only
create table project_document (
  id uuid primary key,
  project_id uuid not null references project (id) on delete cascade,
  title varchar(200) not null,
  file_name varchar(200),
  size_bytes bigint not null,
  storage_key varchar(200) not null,
  public_document boolean not null,
  uploaded_at timestamp with time zone not null
);
create index ix_project_document_project on project_document (project_id);
