-- Contact persons: a mobile number beside the landline, and the languages they speak (ISO 639-1).
alter table organization_contact add column mobile varchar(40);

create table organization_contact_language (
  contact_id uuid not null references organization_contact (id) on delete cascade,
  sort_order integer not null,
  language varchar(2) not null,
  primary key (contact_id, sort_order)
);
