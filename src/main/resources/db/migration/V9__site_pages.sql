-- portal: the operator's legal pages (Impressum, Datenschutzerklärung), edited by platform admins
create table site_page (
  slug varchar(30) primary key,
  content_de varchar(50000),
  content_en varchar(50000),
  updated_at timestamp with time zone not null,
  version bigint not null default 0
);
