-- Imports run as jobs whose state lives here, so that any instance behind a load balancer can
-- report a job's progress, and a job left RUNNING by a stopped instance can be run again (its
-- transaction was rolled back with the instance). The uploaded file is kept (payload) until the
-- job is done with, so a previewed dry run can be committed without uploading it again.

create sequence import_job_seq start with 1 increment by 50;

create table import_job (
    id bigint not null primary key,
    story_id bigint not null references story (id) on delete cascade,
    format varchar(20) not null,
    file_name varchar(300),
    dry_run boolean not null,
    publish boolean not null,
    undated_as varchar(40),
    status varchar(16) not null,
    total integer not null,
    processed integer not null,
    payload bytea,
    payload_size bigint not null,
    report varchar(1000000),
    error varchar(2000),
    owner varchar(100),
    created_by varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    started_at timestamp(6) with time zone,
    heartbeat_at timestamp(6) with time zone,
    finished_at timestamp(6) with time zone,
    attempts integer not null
);
create index import_job_story_idx on import_job (story_id, created_at);
create index import_job_status_idx on import_job (status, created_at);
