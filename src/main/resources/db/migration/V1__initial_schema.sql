-- Chronotope's first schema. One dialect for H2 (MODE=PostgreSQL) and PostgreSQL.
-- Dates are stored as epoch seconds (UTC) plus a precision, so BCE years and "a month" both fit;
-- range_from/range_to is the half-open interval an event covers, used by time-window queries.
-- Geometry is stored as GeoJSON text with its bounding box and a representative point, so bbox
-- queries need no spatial extension.

create sequence story_seq start with 1 increment by 50;
create sequence category_seq start with 1 increment by 50;
create sequence place_seq start with 1 increment by 50;
create sequence event_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 50;

create table story (
    id bigint not null primary key,
    slug varchar(120) not null,
    title varchar(300) not null,
    summary varchar(4000),
    language varchar(35) not null,
    status varchar(16) not null,
    view_lat double precision,
    view_lon double precision,
    view_zoom integer,
    max_event_span bigint not null default 0,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    deleted_at timestamp(6) with time zone,
    version bigint not null,
    constraint story_slug_uk unique (slug)
);

create table story_era (
    story_id bigint not null references story (id) on delete cascade,
    position integer not null,
    label varchar(300) not null,
    start_epoch bigint not null,
    start_precision varchar(8) not null,
    end_epoch bigint not null,
    end_precision varchar(8) not null,
    primary key (story_id, position)
);

create table category (
    id bigint not null primary key,
    story_id bigint not null references story (id) on delete cascade,
    position integer,
    code varchar(64) not null,
    name varchar(120) not null,
    color varchar(7) not null,
    icon varchar(64),
    constraint category_story_code_uk unique (story_id, code)
);

create table place (
    id bigint not null primary key,
    slug varchar(120) not null,
    name varchar(300) not null,
    kind varchar(16) not null,
    country_code varchar(2),
    geometry varchar(1000000) not null,
    min_lon double precision not null,
    min_lat double precision not null,
    max_lon double precision not null,
    max_lat double precision not null,
    lon double precision not null,
    lat double precision not null,
    search_key varchar(4000) not null,
    source varchar(2000),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint place_slug_uk unique (slug)
);

create table place_name (
    place_id bigint not null references place (id) on delete cascade,
    lang varchar(35) not null,
    name varchar(300) not null,
    primary key (place_id, lang)
);

create table event (
    id bigint not null primary key,
    story_id bigint not null references story (id),
    external_id varchar(200),
    title varchar(500) not null,
    body varchar(100000),
    start_epoch bigint not null,
    start_precision varchar(8) not null,
    end_epoch bigint,
    end_precision varchar(8),
    range_from bigint not null,
    range_to bigint not null,
    display_date varchar(200),
    place_id bigint references place (id),
    geometry varchar(1000000),
    location_precision varchar(16),
    min_lon double precision,
    min_lat double precision,
    max_lon double precision,
    max_lat double precision,
    lon double precision,
    lat double precision,
    category_id bigint references category (id),
    status varchar(16) not null,
    search_text varchar(200000) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    deleted_at timestamp(6) with time zone,
    version bigint not null,
    constraint event_story_external_uk unique (story_id, external_id)
);
create index event_story_range_idx on event (story_id, range_from);
create index event_story_lon_idx on event (story_id, lon);
create index event_place_idx on event (place_id);
create index event_category_idx on event (category_id);

create table event_tag (
    event_id bigint not null references event (id) on delete cascade,
    tag varchar(100) not null,
    primary key (event_id, tag)
);
create index event_tag_tag_idx on event_tag (tag);

create table event_source (
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    url varchar(2000),
    publisher varchar(300),
    title varchar(500),
    published_on date,
    primary key (event_id, position)
);

create table event_media (
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    url varchar(2000) not null,
    caption varchar(2000),
    credit varchar(500),
    alt_text varchar(1000),
    thumbnail varchar(2000),
    primary key (event_id, position)
);

create table app_user (
    id bigint not null primary key,
    username varchar(100) not null,
    password_hash varchar(100) not null,
    role varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    constraint app_user_username_uk unique (username)
);
