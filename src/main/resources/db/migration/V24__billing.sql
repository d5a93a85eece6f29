-- billing: each network's fee schedules and billing settings, the invoices they produce (numbered without gaps per
-- network and year), payments, reminders (dunning) and SEPA direct debit mandates and collections.
-- Issued invoices are never deleted (GoBD): a cancellation is a document of its own that refers to the original.
create table billing_settings (
  network_id uuid primary key references network (id) on delete cascade,
  legal_name varchar(200) not null,
  street varchar(200) not null,
  postal_code varchar(10) not null,
  city varchar(100) not null,
  country varchar(2) not null,
  vat_id varchar(20),
  tax_number varchar(30),
  iban varchar(34) not null,
  bic varchar(11),
  creditor_id varchar(35),
  contact_name varchar(200) not null,
  contact_phone varchar(40) not null,
  contact_email varchar(200) not null,
  language varchar(2) not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);

create table fee_schedule (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  name varchar(200) not null,
  valid_from date not null,
  valid_to date,
  currency varchar(3) not null,
  vat_rate numeric(5,2) not null,
  billing_interval varchar(10) not null,
  reduced_percent numeric(5,2) not null,
  created_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_fee_schedule_network on fee_schedule (network_id, valid_from);

create table fee_line (
  id uuid primary key,
  schedule_id uuid not null references fee_schedule (id) on delete cascade,
  position integer not null,
  kind varchar(20) not null,
  employees_from integer not null,
  employees_to integer,
  yearly_amount numeric(12,2) not null
);

-- A discount the office grants one member (a founding member's 20 %), applied after the fee category's reduction.
create table fee_discount (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  name varchar(200) not null,
  percent numeric(5,2) not null,
  constraint uk_fee_discount unique (network_id, organization_id)
);

-- The last number given per network and year; locked by the transaction that issues the next one.
create table invoice_counter (
  network_id uuid not null references network (id) on delete cascade,
  invoice_year integer not null,
  last_number integer not null,
  primary key (network_id, invoice_year)
);

create table invoice (
  id uuid primary key,
  network_id uuid not null references network (id),
  organization_id uuid not null references organization (id),
  membership_id uuid,
  kind varchar(12) not null,
  number varchar(60) not null,
  cancels_id uuid references invoice (id),
  cancelled_by_id uuid references invoice (id),
  status varchar(16) not null,
  -- The membership's billed period ("2026" or "2026-07"); unique per membership while the invoice stands, cleared
  -- on cancellation so that the period can be invoiced again.
  period_key varchar(7),
  period_start date not null,
  period_end date not null,
  issue_date date not null,
  due_date date not null,
  currency varchar(3) not null,
  vat_rate numeric(5,2) not null,
  net_total numeric(12,2) not null,
  vat_total numeric(12,2) not null,
  gross_total numeric(12,2) not null,
  paid_total numeric(12,2) not null,
  seller_name varchar(200) not null,
  seller_street varchar(200) not null,
  seller_postal_code varchar(10) not null,
  seller_city varchar(100) not null,
  seller_country varchar(2) not null,
  seller_vat_id varchar(20),
  seller_tax_number varchar(30),
  seller_iban varchar(34) not null,
  seller_bic varchar(11),
  seller_creditor_id varchar(35),
  seller_contact_name varchar(200) not null,
  seller_contact_phone varchar(40) not null,
  seller_email varchar(200) not null,
  buyer_name varchar(200) not null,
  buyer_street varchar(200),
  buyer_postal_code varchar(10),
  buyer_city varchar(100),
  buyer_country varchar(2) not null,
  buyer_email varchar(200),
  buyer_reference varchar(100) not null,
  language varchar(2) not null,
  dunning_level integer not null default 0,
  last_reminded_on date,
  collection_id uuid,
  paid_on date,
  created_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_invoice_number unique (network_id, number),
  constraint uk_invoice_period unique (membership_id, period_key)
);
create index ix_invoice_network_status on invoice (network_id, status);
create index ix_invoice_organization on invoice (organization_id);

create table invoice_line (
  id uuid primary key,
  invoice_id uuid not null references invoice (id),
  position integer not null,
  description varchar(500) not null,
  quantity numeric(12,4) not null,
  unit_price numeric(12,2) not null,
  net_amount numeric(12,2) not null
);

create table invoice_payment (
  id uuid primary key,
  invoice_id uuid not null references invoice (id),
  amount numeric(12,2) not null,
  paid_on date not null,
  method varchar(20) not null,
  reference varchar(200),
  recorded_by varchar(120),
  recorded_at timestamp with time zone not null
);

create table invoice_reminder (
  id uuid primary key,
  invoice_id uuid not null references invoice (id),
  level integer not null,
  reminded_on date not null,
  sent_to varchar(200)
);
