-- SEPA direct debit: the mandates members signed (per organization and network) and the collections (pain.008 files)
-- the office exported. An invoice collected once carries its collection and is not collected again.
create table sepa_mandate (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  reference varchar(35) not null,
  signed_on date not null,
  debtor_name varchar(70) not null,
  iban varchar(34) not null,
  bic varchar(11),
  sequence_type varchar(4) not null,
  revoked_on date,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_sepa_mandate_reference unique (network_id, reference)
);
create index ix_sepa_mandate_organization on sepa_mandate (network_id, organization_id);

create table sepa_collection (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  message_id varchar(35) not null,
  collection_date date not null,
  transactions integer not null,
  control_sum numeric(12,2) not null,
  created_at timestamp with time zone not null,
  created_by varchar(120),
  constraint uk_sepa_collection_message unique (message_id)
);
