-- Guided tours: a story's events (or free views) in the order and framing an editor chose. Each
-- step keeps its own text, map view, timeline window and media; a step on an event points at it
-- (trashing the event leaves the step, which readers then skip).
create sequence tour_seq start with 1 increment by 50;

create table tour (
    id bigint not null primary key,
    story_id bigint not null references story (id),
    name varchar(100) not null,
    title varchar(500) not null,
    status varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    deleted_at timestamp(6) with time zone,
    version bigint not null
);
create unique index tour_story_name_idx on tour (story_id, name);

create table tour_step (
    tour_id bigint not null references tour (id) on delete cascade,
    position integer not null,
    event_id bigint references event (id),
    text varchar(20000),
    text_html varchar(60000),
    lat double precision,
    lon double precision,
    zoom integer,
    window_from varchar(40),
    window_to varchar(40),
    media_url varchar(2000),
    media_caption varchar(2000),
    media_credit varchar(500),
    media_alt varchar(1000),
    primary key (tour_id, position)
);
create index tour_step_event_idx on tour_step (event_id);
