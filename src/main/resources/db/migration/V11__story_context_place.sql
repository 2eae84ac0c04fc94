-- Places a story's map shows for context, beside its events: a border, a region, a river.
create table story_context_place (
    story_id bigint not null references story (id) on delete cascade,
    position integer not null,
    place_id bigint not null references place (id),
    primary key (story_id, position)
);
create index story_context_place_place_idx on story_context_place (place_id);
