-- organization: logo and picture gallery (files live in the blob storage, rows say which and in what order)
alter table organization add column logo_key varchar(200);
alter table organization add column logo_content_type varchar(50);

create table organization_image (
  id uuid primary key,
  organization_id uuid not null references organization (id) on delete cascade,
  storage_key varchar(200) not null,
  content_type varchar(50) not null,
  caption varchar(200),
  created_at timestamp with time zone not null
);
create index ix_organization_image_org on organization_image (organization_id, created_at);
