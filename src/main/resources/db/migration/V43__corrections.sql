-- Public corrections: a save of an event may be marked as a correction with a note for readers.
-- The note is kept with the revision it was saved with; whether the event was published after
-- that save decides whether readers ever see it (a draft's corrections stay private).
create sequence correction_seq start with 1 increment by 50;

create table correction (
    id bigint not null primary key,
    event_id bigint not null,
    story_id bigint not null,
    revision_id bigint not null,
    note varchar(2000) not null,
    author varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    published boolean not null
);
create index correction_event_idx on correction (event_id, id);
create index correction_story_idx on correction (story_id, id);
