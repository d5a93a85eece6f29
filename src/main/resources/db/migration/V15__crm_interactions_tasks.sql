-- The office's CRM, first part: what happened with a member (interactions) and what is to be done (tasks).
-- Every row belongs to one network: the office of that network sees it, no other.
-- The contact person's name is kept with the row, so the history still says whom it was about after the profile
-- changed its contacts (their ids are then set null).
create table crm_interaction (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  contact_id uuid references organization_contact (id) on delete set null,
  contact_name varchar(200),
  kind varchar(20) not null,
  occurred_at timestamp with time zone not null,
  subject varchar(200) not null,
  notes varchar(10000),
  author_id uuid references user_account (id) on delete set null,
  author_name varchar(200),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);
-- An organization's log in the office, newest first; and the network's recent interactions for the dashboard.
create index ix_crm_interaction_org on crm_interaction (network_id, organization_id, occurred_at);
create index ix_crm_interaction_network on crm_interaction (network_id, occurred_at);

create table crm_task (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  organization_id uuid references organization (id) on delete cascade,
  contact_id uuid references organization_contact (id) on delete set null,
  interaction_id uuid references crm_interaction (id) on delete set null,
  title varchar(200) not null,
  details varchar(5000),
  due_date date,
  assignee_id uuid references user_account (id) on delete set null,
  status varchar(20) not null,
  completed_at timestamp with time zone,
  -- The due date the assignee was last reminded of: a new due date is reminded of again, the same one never twice.
  reminded_for date,
  created_by uuid references user_account (id) on delete set null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);
-- "My tasks" and the reminder run; the network's open tasks by due date ("overdue").
create index ix_crm_task_assignee on crm_task (assignee_id, status, due_date);
create index ix_crm_task_network on crm_task (network_id, status, due_date);
create index ix_crm_task_org on crm_task (organization_id);
