-- news: posts a network's office writes for the public (plain text in German and English, one optional image).
-- The slug is unique per network because posts are addressed as /n/{network}/news/{slug}.
create table news_post (
  id uuid primary key,
  network_id uuid not null references network (id) on delete cascade,
  slug varchar(60) not null,
  title_de varchar(200),
  title_en varchar(200),
  teaser_de varchar(500),
  teaser_en varchar(500),
  body_de varchar(20000),
  body_en varchar(20000),
  image_key varchar(200),
  image_content_type varchar(50),
  image_alt_de varchar(300),
  image_alt_en varchar(300),
  status varchar(20) not null,
  published_at timestamp with time zone,
  author_id uuid references user_account (id) on delete set null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint uk_news_post_network_slug unique (network_id, slug)
);
-- The public list of a network: published posts, newest first.
create index ix_news_post_network_published on news_post (network_id, status, published_at);
