-- Tags keep the order they were typed in: each has its position in the event's list (the key), so
-- reordering them rewrites positions without ever holding one tag twice. Existing tags were kept in
-- alphabetical order; they keep it.
create table event_tag_ordered (
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    tag varchar(100) not null,
    primary key (event_id, position)
);
insert into event_tag_ordered (event_id, position, tag)
    select t.event_id, (select count(*) from event_tag u where u.event_id = t.event_id and u.tag < t.tag), t.tag
    from event_tag t;
drop table event_tag;
alter table event_tag_ordered rename to event_tag;
create index event_tag_tag_idx on event_tag (tag);
