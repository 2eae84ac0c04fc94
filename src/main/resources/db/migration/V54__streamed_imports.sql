-- Streamed imports (an ACLED CSV larger than an import's in-memory cap): the upload is kept on the
-- disk of the instance that received it (spool_path), which alone may run the job
-- (spool_instance); it is read twice, row by row: a check of every row, then a write in chunks that
-- commit one by one. phase says which pass runs; imported and rejected count what the job did so
-- far, for its page and GET /api/imports/{id}.
alter table import_job add column spool_path varchar(1000);
alter table import_job add column spool_instance varchar(100);
alter table import_job add column phase varchar(16);
alter table import_job add column imported integer default 0 not null;
alter table import_job add column rejected integer default 0 not null;
