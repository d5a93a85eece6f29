-- identity: brute-force protection and the audit of security events. Both live in the database, so that every
-- application node of a cluster counts the same failures and the audit is complete whichever node answered.
create table login_throttle (
  -- "email:<sha-256 of the normalized address>" or "address:<client IP>"; unknown addresses are counted too, so that
  -- throttling never tells whether an account exists
  subject varchar(80) primary key,
  failures integer not null,
  window_started_at timestamp with time zone not null,
  blocked_until timestamp with time zone,
  version bigint not null default 0
);

create table security_event (
  id uuid primary key,
  occurred_at timestamp with time zone not null,
  kind varchar(40) not null,
  account_id uuid,
  -- the address is kept only as a hash: the audit must not become a list of who tried which address
  email_hash varchar(64),
  remote_address varchar(64),
  detail varchar(500)
);
create index ix_security_event_time on security_event (occurred_at);
create index ix_security_event_account on security_event (account_id, occurred_at);
