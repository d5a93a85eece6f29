-- organization: the federal state of the address (from the gazetteer), a search facet and a matchmaking scope.
-- Rows located before this column existed get it when they are next saved or by the start-up backfill.
alter table organization add column federal_state varchar(40);
