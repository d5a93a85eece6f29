-- search: alerts a person subscribed to — a saved search, or new matches / leads of an organization they edit.
-- The digest mails what is new since last_checked_at.
create table search_alert (
  id uuid primary key,
  account_id uuid not null references user_account (id) on delete cascade,
  kind varchar(20) not null,
  name varchar(200) not null,
  query varchar(2000),
  organization_id uuid references organization (id) on delete cascade,
  created_at timestamp with time zone not null,
  last_checked_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_search_alert_account on search_alert (account_id);
