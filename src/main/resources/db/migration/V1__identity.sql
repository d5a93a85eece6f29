-- identity: accounts, role assignments, API tokens and mailed link tokens
create table user_account (
  id uuid primary key,
  email varchar(254) not null,
  display_name varchar(120) not null,
  password_hash varchar(200) not null,
  platform_admin boolean not null default false,
  email_verified boolean not null default false,
  enabled boolean not null default true,
  preferred_language varchar(2) not null default 'de',
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_user_account_email unique (email)
);

create table network_role_assignment (
  id uuid primary key,
  user_id uuid not null references user_account (id) on delete cascade,
  network_id uuid not null,
  role varchar(20) not null,
  constraint uk_network_role_assignment unique (user_id, network_id)
);
create index ix_network_role_assignment_network on network_role_assignment (network_id);

create table organization_editor_assignment (
  id uuid primary key,
  user_id uuid not null references user_account (id) on delete cascade,
  organization_id uuid not null,
  constraint uk_organization_editor_assignment unique (user_id, organization_id)
);
create index ix_organization_editor_assignment_org on organization_editor_assignment (organization_id);

create table api_token (
  id uuid primary key,
  user_id uuid not null references user_account (id) on delete cascade,
  name varchar(100) not null,
  token_hash varchar(64) not null,
  token_prefix varchar(12) not null,
  created_at timestamp with time zone not null,
  last_used_at timestamp with time zone,
  revoked_at timestamp with time zone,
  constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);

create table account_token (
  id uuid primary key,
  user_id uuid not null references user_account (id) on delete cascade,
  purpose varchar(20) not null,
  token_hash varchar(64) not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone,
  constraint uk_account_token_hash unique (token_hash)
);
create index ix_account_token_user on account_token (user_id);
