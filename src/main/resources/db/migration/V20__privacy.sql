-- privacy: consent records and the log of access and erasure requests
create table privacy_consent (
  id uuid primary key,
  email varchar(254) not null,
  network_id uuid references network (id) on delete set null,
  purpose varchar(30) not null,
  granted boolean not null,
  source varchar(200) not null,
  recorded_at timestamp with time zone not null,
  recorded_by varchar(200)
);
create index ix_privacy_consent_email on privacy_consent (email, purpose, recorded_at);

-- Who asked for what about whom, and what was done: the request names the person by a hash of the address only, so
-- the log of an erasure does not keep what was erased.
create table privacy_request (
  id uuid primary key,
  kind varchar(10) not null,
  email_hash varchar(64) not null,
  requested_by varchar(200) not null,
  requested_at timestamp with time zone not null,
  reason varchar(2000),
  outcome varchar(2000) not null
);
