-- organization: coordinates from the offline gazetteer, and whether geocoding succeeded
alter table organization add column latitude double precision;
alter table organization add column longitude double precision;
alter table organization add column geocode_status varchar(30) default 'NO_ADDRESS' not null;
create index ix_organization_geocode_status on organization (geocode_status);
