-- donation: each network donates a share of its paid membership fees to kindergartens and schools. Income is booked
-- per paid invoice (from billing's InvoicePaid event) with the share in force at the time, so the transparency page
-- always reconciles with the invoices actually paid.
create table donation_policy (
  network_id uuid primary key references network (id) on delete cascade,
  share_percent numeric(5, 2) not null,
  allocation varchar(20) not null,
  updated_at timestamp with time zone not null,
  updated_by varchar(120),
  version bigint not null default 0
);

create table donation_beneficiary (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  name varchar(200) not null,
  kind varchar(20) not null,
  street varchar(200),
  postal_code varchar(10),
  city varchar(100),
  purpose_de varchar(2000),
  purpose_en varchar(2000),
  active boolean not null,
  created_at timestamp with time zone not null,
  version bigint not null default 0
);
create index ix_donation_beneficiary_network on donation_beneficiary (network_id);

create table donation_income (
  invoice_id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  invoice_number varchar(60) not null,
  income_year integer not null,
  paid_on date not null,
  amount numeric(12, 2) not null,
  currency varchar(3) not null,
  share_percent numeric(5, 2) not null,
  recorded_at timestamp with time zone not null
);
create index ix_donation_income_network_year on donation_income (network_id, income_year);

create table donation_allocation (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  allocation_year integer not null,
  beneficiary_id uuid not null references donation_beneficiary (id) on delete cascade,
  percent numeric(5, 2) not null,
  decided_by varchar(120),
  decided_at timestamp with time zone not null,
  constraint uk_donation_allocation unique (network_id, allocation_year, beneficiary_id)
);

create table donation_vote (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  vote_year integer not null,
  account_id uuid not null,
  beneficiary_id uuid not null references donation_beneficiary (id) on delete cascade,
  voted_at timestamp with time zone not null,
  -- one vote per person, network and year; voting again changes the vote
  constraint uk_donation_vote unique (network_id, vote_year, account_id)
);

create table donation_payout (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  payout_year integer not null,
  beneficiary_id uuid not null references donation_beneficiary (id),
  paid_on date not null,
  amount numeric(12, 2) not null,
  reference varchar(200),
  recorded_by varchar(120),
  recorded_at timestamp with time zone not null
);
create index ix_donation_payout_network_year on donation_payout (network_id, payout_year);
