-- Live stories (live.LiveLog): what readers' open pages must hear of, numbered per story in the
-- order the changes were committed, so that a reader who reconnects asks for what came after the
-- last number heard. story.live_seq is the story's last number; taking the next one locks the
-- story's row until the commit, which is what keeps the numbers in commit order.
alter table story add column live_seq bigint default 0 not null;

create table live_change (
    story_id bigint not null,
    seq bigint not null,
    event_id bigint not null,
    kind varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    primary key (story_id, seq)
);
