-- mail: the outbox of every message the platform sends
create table mail_message (
  id uuid primary key,
  recipient varchar(254) not null,
  subject varchar(300) not null,
  body varchar(20000) not null,
  status varchar(10) not null,
  created_at timestamp with time zone not null,
  sent_at timestamp with time zone,
  attempts integer not null default 0,
  last_error varchar(500)
);
create index ix_mail_message_status on mail_message (status, created_at);
create index ix_mail_message_created on mail_message (created_at);
