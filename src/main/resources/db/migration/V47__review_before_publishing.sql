-- Review before publishing: a story may require a second pair of eyes (an editor other than an
-- event's last author approves its publication), and an event waits in a review queue.
-- Roles need no schema change: app_user.role already holds one role name (reporter, editor, admin).
alter table story add column review_required boolean default false not null;

-- At most one review state per event: submitted (waiting in the queue, oldest first) or sent back
-- with a note to its author. Approving publishes the event and removes the row; revisions keep
-- who submitted, approved and sent back.
create table event_review (
    event_id bigint not null primary key references event (id) on delete cascade,
    state varchar(16) not null,
    submitted_by varchar(100) not null,
    submitted_at timestamp(6) with time zone not null,
    note varchar(2000),
    noted_by varchar(100),
    noted_at timestamp(6) with time zone
);
create index event_review_queue_idx on event_review (state, submitted_at);
