-- network: networks, federations and who belongs to which federation
create table network (
  id uuid primary key,
  slug varchar(60) not null,
  name_de varchar(200),
  name_en varchar(200),
  description_de varchar(10000),
  description_en varchar(10000),
  region varchar(120),
  logo_key varchar(200),
  logo_content_type varchar(50),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_network_slug unique (slug)
);

create table federation (
  id uuid primary key,
  slug varchar(60) not null,
  name_de varchar(200),
  name_en varchar(200),
  description_de varchar(10000),
  description_en varchar(10000),
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_federation_slug unique (slug)
);

create table federation_network (
  federation_id uuid not null references federation (id) on delete cascade,
  network_id uuid not null references network (id) on delete cascade,
  primary key (federation_id, network_id)
);
create index ix_federation_network_network on federation_network (network_id);

alter table network_role_assignment
  add constraint fk_network_role_assignment_network foreign key (network_id) references network (id) on delete cascade;
