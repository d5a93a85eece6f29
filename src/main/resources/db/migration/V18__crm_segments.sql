-- The office's segments: tags on members, saved filters, and the addresses that unsubscribed from the office's mail.
create table crm_tag (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  name varchar(60) not null,
  name_key varchar(60) not null,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_crm_tag_name unique (network_id, name_key)
);

create table crm_tag_assignment (
  tag_id uuid not null references crm_tag (id) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  primary key (tag_id, organization_id)
);
create index ix_crm_tag_assignment_org on crm_tag_assignment (organization_id);

create table crm_saved_filter (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  name varchar(100) not null,
  query varchar(2000) not null,
  created_by varchar(200),
  created_at timestamp with time zone not null
);
create index ix_crm_saved_filter_network on crm_saved_filter (network_id);

-- One token per mail sent to a segment: its unsubscribe link names the network and the address without exposing them.
create table crm_mail_token (
  token varchar(64) primary key,
  network_id uuid not null references network (id) on delete cascade,
  email varchar(254) not null,
  created_at timestamp with time zone not null
);

create table crm_unsubscribe (
  network_id uuid not null references network (id) on delete cascade,
  email varchar(254) not null,
  unsubscribed_at timestamp with time zone not null,
  primary key (network_id, email)
);
