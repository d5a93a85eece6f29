-- search: tables of Hibernate Search's outbox-polling coordination (profile "cluster"): index changes are written
-- to the outbox in the same transaction as the data and applied by the nodes' agents. Exactly Hibernate Search's
-- own schema for this database, so that schema validation accepts it.
create table hsearch_agent (assigned_shard_index integer, total_shard_count integer, expiration timestamp(6) with time zone not null, id uuid not null, name varchar(255) not null, tenant_id varchar(255), payload binary large object, state enum ('RUNNING','SUSPENDED','WAITING') not null, type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null, primary key (id));
create table hsearch_outbox_event (entity_id_hash integer not null, retries integer not null, process_after timestamp(6) with time zone not null, id uuid not null, entity_id varchar(256) not null, entity_name varchar(256) not null, tenant_id varchar(255), payload binary large object not null, status enum ('ABORTED','PENDING') not null, primary key (id));
create index processAfter on hsearch_outbox_event (process_after);
