-- jobs: postings of member organizations (jobs, apprenticeships, internships...), their locations and skills,
-- in-platform applications with their PDF documents, job alerts, reports of abusive postings and the networks'
-- approval setting.
create table job_posting (
  id uuid primary key,
  slug varchar(80) not null unique,
  organization_id uuid not null references organization (id) on delete cascade,
  kind varchar(30) not null,
  title_de varchar(200),
  title_en varchar(200),
  description_de varchar(20000),
  description_en varchar(20000),
  remote varchar(10) not null,
  employment_type varchar(20) not null,
  hours_per_week numeric(5,2),
  salary_min numeric(12,2),
  salary_max numeric(12,2),
  salary_currency varchar(3),
  salary_period varchar(10),
  start_date date,
  contact_id uuid,
  contact_name varchar(200),
  contact_email varchar(254),
  apply_channel varchar(20) not null,
  apply_email varchar(254),
  apply_url varchar(500),
  status varchar(20) not null,
  status_reason varchar(1000),
  published_at timestamp with time zone,
  valid_through date not null,
  reminded_at timestamp with time zone,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_job_posting_organization on job_posting (organization_id);
create index ix_job_posting_status on job_posting (status, valid_through);

create table job_posting_location (
  posting_id uuid not null references job_posting (id) on delete cascade,
  sort_order integer not null,
  postal_code varchar(10) not null,
  city varchar(100) not null,
  latitude double precision,
  longitude double precision,
  primary key (posting_id, sort_order)
);

create table job_posting_skill (
  posting_id uuid not null references job_posting (id) on delete cascade,
  concept_uri varchar(300) not null,
  primary key (posting_id, concept_uri)
);

create table job_posting_network (
  posting_id uuid not null references job_posting (id) on delete cascade,
  network_id uuid not null,
  primary key (posting_id, network_id)
);

create table job_application (
  id uuid primary key,
  posting_id uuid not null references job_posting (id) on delete cascade,
  name varchar(200) not null,
  email varchar(254) not null,
  message varchar(5000),
  language varchar(5) not null,
  status varchar(20) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_job_application_posting on job_application (posting_id);
create index ix_job_application_created on job_application (created_at);

create table job_application_document (
  application_id uuid not null references job_application (id) on delete cascade,
  sort_order integer not null,
  storage_key varchar(200) not null,
  file_name varchar(200) not null,
  size_bytes bigint not null,
  primary key (application_id, sort_order)
);

create table job_alert (
  id uuid primary key,
  email varchar(254) not null,
  query varchar(2000) not null,
  language varchar(5) not null,
  token varchar(64) not null unique,
  confirmed_at timestamp with time zone,
  created_at timestamp with time zone not null,
  last_checked_at timestamp with time zone not null,
  version bigint not null default 0
);

create table job_report (
  id uuid primary key,
  posting_id uuid not null references job_posting (id) on delete cascade,
  reason varchar(2000) not null,
  created_at timestamp with time zone not null,
  resolved_at timestamp with time zone
);
create index ix_job_report_posting on job_report (posting_id);

create table job_network_setting (
  network_id uuid primary key,
  approval_required boolean not null
);
