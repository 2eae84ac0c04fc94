-- Editors: every change to a story or an event is kept as a revision (who, when, what changed),
-- with a snapshot of the whole record as the API's input JSON, so any revision can be restored.
create sequence revision_seq start with 1 increment by 50;

create table revision (
    id bigint not null primary key,
    entity_type varchar(16) not null,
    entity_id bigint not null,
    story_id bigint not null,
    entity_version bigint not null,
    action varchar(16) not null,
    author varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    title varchar(500) not null,
    changed varchar(2000),
    restored_from bigint,
    snapshot varchar(2000000) not null
);
create index revision_entity_idx on revision (entity_type, entity_id, id);
create index revision_story_idx on revision (story_id, id);
