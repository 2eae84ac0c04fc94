-- What ACLED codes about an imported event, kept as ACLED gave it so that exports (CSV columns,
-- GeoJSON properties) carry it again: the event type, actors and fatalities (exchange.AcledFields).
create table acled_fields (
    event_id bigint not null primary key references event (id) on delete cascade,
    event_type varchar(200),
    sub_event_type varchar(200),
    actor1 varchar(500),
    assoc_actor_1 varchar(1000),
    actor2 varchar(500),
    assoc_actor_2 varchar(1000),
    fatalities integer
);
