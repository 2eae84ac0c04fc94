-- Bulk actions and pastes change many events in one step, and one step undoes them: a batch names
-- the events it changed, the revision each had before (null for an event the batch created) and
-- the revision it wrote, so an undo can tell whether someone changed an event since.
create sequence event_batch_seq start with 1 increment by 50;

create table event_batch (
    id bigint not null primary key,
    story_id bigint not null references story (id) on delete cascade,
    kind varchar(16) not null,
    author varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    undone_at timestamp(6) with time zone,
    undone_by varchar(100)
);
create index event_batch_story_idx on event_batch (story_id, id);

create table event_batch_item (
    batch_id bigint not null references event_batch (id) on delete cascade,
    position integer not null,
    event_id bigint not null references event (id) on delete cascade,
    before_revision_id bigint,
    after_revision_id bigint not null,
    after_version bigint not null,
    primary key (batch_id, position)
);
