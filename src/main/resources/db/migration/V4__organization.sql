-- organization: members of the networks with their profile data and contact persons
create table organization (
  id uuid primary key,
  external_id varchar(100),
  slug varchar(60) not null,
  name varchar(200) not null,
  kind varchar(30) not null,
  description_de varchar(20000),
  description_en varchar(20000),
  street varchar(200),
  postal_code varchar(10),
  city varchar(100),
  country varchar(2),
  employees integer,
  website varchar(300),
  visibility varchar(20) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_organization_external_id unique (external_id),
  constraint uk_organization_slug unique (slug)
);
create index ix_organization_name on organization (name);

create table organization_network (
  organization_id uuid not null references organization (id) on delete cascade,
  network_id uuid not null references network (id),
  primary key (organization_id, network_id)
);
create index ix_organization_network_network on organization_network (network_id);

create table organization_competence (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  competence varchar(200) not null,
  primary key (organization_id, sort_order)
);

create table organization_offer (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  title varchar(200) not null,
  description varchar(5000),
  primary key (organization_id, sort_order)
);

create table organization_need (
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer not null,
  title varchar(200) not null,
  description varchar(5000),
  primary key (organization_id, sort_order)
);

create table organization_contact (
  id uuid primary key,
  organization_id uuid not null references organization (id) on delete cascade,
  sort_order integer,
  first_name varchar(100),
  last_name varchar(100) not null,
  role varchar(200),
  email varchar(254),
  phone varchar(40)
);
create index ix_organization_contact_org on organization_contact (organization_id);

create table organization_contact_topic (
  contact_id uuid not null references organization_contact (id) on delete cascade,
  sort_order integer not null,
  topic varchar(100) not null,
  primary key (contact_id, sort_order)
);

alter table organization_editor_assignment
  add constraint fk_organization_editor_assignment_org foreign key (organization_id) references organization (id) on delete cascade;
