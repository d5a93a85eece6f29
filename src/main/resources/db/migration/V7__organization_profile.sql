-- organization: the company profile (industries, certifications, machinery, sites, languages, references, roles in
-- the value chain), section visibility, publication status and the change history
alter table organization add column employee_band varchar(30);
alter table organization add column founding_year integer;
alter table organization add column status varchar(20) default 'PUBLISHED' not null;
alter table organization add column offers_visibility varchar(20);
alter table organization add column needs_visibility varchar(20);
alter table organization add column contacts_visibility varchar(20);
alter table organization add column machinery_visibility varchar(20);
alter table organization add column references_visibility varchar(20);
alter table organization add column reminded_at timestamp with time zone;
alter table organization add column completeness integer default 0 not null;
create index ix_organization_completeness on organization (completeness);

alter table organization_offer add column concepts varchar(6000);
alter table organization_offer add column needed_by date;
alter table organization_offer add column status varchar(20);
alter table organization_need add column concepts varchar(6000);
alter table organization_need add column needed_by date;
alter table organization_need add column status varchar(20);

create table organization_industry (
  organization_id uuid not null references organization (id) on delete cascade,
  nace_code varchar(2) not null,
  primary key (organization_id, nace_code)
);
create index ix_organization_industry_code on organization_industry (nace_code);

create table organization_certification (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  name varchar(100) not null,
  primary key (organization_id, sort_order)
);

create table organization_machine (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  kind varchar(200) not null,
  details varchar(2000),
  primary key (organization_id, sort_order)
);

create table organization_site (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  name varchar(200),
  street varchar(200),
  postal_code varchar(10),
  city varchar(100),
  country varchar(2),
  latitude double precision,
  longitude double precision,
  primary key (organization_id, sort_order)
);

create table organization_language (
  organization_id uuid not null references organization (id) on delete cascade,
  language varchar(2) not null,
  primary key (organization_id, language)
);

create table organization_reference (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  title varchar(200) not null,
  description varchar(5000),
  customer varchar(200),
  reference_year integer,
  primary key (organization_id, sort_order)
);

create table organization_value_chain_role (
  organization_id uuid not null references organization (id) on delete cascade,
  role varchar(30) not null,
  primary key (organization_id, role)
);

-- Every change to a profile: who, when, what (the changed fields), and the approval workflow's steps.
create table organization_revision (
  id uuid primary key,
  organization_id uuid not null references organization (id) on delete cascade,
  changed_at timestamp with time zone not null,
  changed_by uuid,
  changed_by_name varchar(120),
  action varchar(20) not null,
  changed_fields varchar(2000)
);
create index ix_organization_revision_org on organization_revision (organization_id, changed_at);

-- An editor's change to a published profile that waits for the network office (when the network asks for that).
create table organization_pending_change (
  id uuid primary key,
  organization_id uuid not null references organization (id) on delete cascade,
  submitted_at timestamp with time zone not null,
  submitted_by uuid,
  submitted_by_name varchar(120),
  payload varchar(200000) not null,
  constraint uk_organization_pending_change unique (organization_id)
);

-- network: whether editors' changes to published profiles need the office's approval
alter table network add column edits_require_approval boolean default false not null;
