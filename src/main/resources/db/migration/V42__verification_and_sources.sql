-- Trust (issue 13, sources and verification).
-- A story may require a source before an event is published. Stories that exist keep today's
-- behaviour (false); the application turns it on for every story created from now on.
alter table story add column sources_required boolean default false not null;

-- How well an event is established: CONFIRMED, REPORTED, CLAIMED, DISPUTED or RETRACTED; and who
-- claims it, for a claim.
alter table event add column verification varchar(16) default 'REPORTED' not null;
alter table event add column claimed_by varchar(300);

-- What kind of source (official statement, news agency, press …), whose word it carries
-- ("selon la présidence malienne"), and an archived copy of it.
alter table event_source add column kind varchar(24);
alter table event_source add column attribution varchar(300);
alter table event_source add column archive_url varchar(2000);
