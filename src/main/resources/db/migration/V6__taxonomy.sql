-- taxonomy: the bilingual SKOS competence scheme, and the typed terms it does not cover yet
create table taxonomy_concept (
  id uuid primary key,
  uri varchar(300) not null,
  pref_label_de varchar(200) not null,
  pref_label_en varchar(200) not null,
  definition_de varchar(2000),
  definition_en varchar(2000),
  top_concept boolean not null default false,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_taxonomy_concept_uri unique (uri)
);

create table taxonomy_alt_label (
  concept_id uuid not null references taxonomy_concept (id) on delete cascade,
  sort_order integer not null,
  language varchar(2) not null,
  label varchar(200) not null,
  primary key (concept_id, sort_order)
);

create table taxonomy_broader (
  concept_id uuid not null references taxonomy_concept (id) on delete cascade,
  broader_id uuid not null references taxonomy_concept (id) on delete cascade,
  primary key (concept_id, broader_id)
);
create index ix_taxonomy_broader_broader on taxonomy_broader (broader_id);

create table taxonomy_related (
  concept_id uuid not null references taxonomy_concept (id) on delete cascade,
  related_id uuid not null references taxonomy_concept (id) on delete cascade,
  primary key (concept_id, related_id)
);

create table taxonomy_unmapped_term (
  normalized varchar(200) primary key,
  term varchar(200) not null,
  times_seen integer not null default 0,
  last_seen timestamp with time zone not null
);

-- organization: the concepts its free-text competences were mapped to (by URI, stable across SKOS re-imports)
create table organization_competence_concept (
  organization_id uuid not null references organization (id) on delete cascade,
  concept_uri varchar(300) not null,
  primary key (organization_id, concept_uri)
);
create index ix_organization_competence_concept_uri on organization_competence_concept (concept_uri);
