-- The audit trail of member data: each change keeps the values before and after (JSON per changed field).
alter table organization_revision add column changes varchar(1000000);
