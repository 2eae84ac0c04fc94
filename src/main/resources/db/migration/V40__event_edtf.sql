-- Dates in EDTF (ISO 8601-2 level 0/1, see docs/dates.md): each event keeps the EDTF text of its
-- start ("2025-07~", "2025-07-XX") and of its end (a date, ".." for an open end, '' for an unknown
-- one, null for none) beside the indexed epochs and precisions, which stay the source of window
-- queries. Existing rows get the text of their value at its precision, computed here with integer
-- arithmetic (days from civil, proleptic Gregorian with a year 0, as java.time counts) so that H2
-- and PostgreSQL write the same text.
alter table event add column start_edtf varchar(64);
alter table event add column end_edtf varchar(64);

create table event_edtf_backfill (
  id bigint not null,
  part varchar(5) not null,
  epoch bigint not null,
  prec varchar(8) not null,
  z bigint, era bigint, doe bigint, yoe bigint, doy bigint, mp bigint, y bigint, m bigint, d bigint, sod bigint,
  txt varchar(64),
  primary key (id, part)
);
insert into event_edtf_backfill (id, part, epoch, prec)
  select id, 'start', start_epoch, start_precision from event;
insert into event_edtf_backfill (id, part, epoch, prec)
  select id, 'end', end_epoch, end_precision from event where end_epoch is not null and end_precision is not null;

-- Days since 1970-01-01 (floored), shifted to 0000-03-01; then the civil date.
update event_edtf_backfill set z = (case when epoch >= 0 then epoch / 86400 else -((86399 - epoch) / 86400) end) + 719468;
update event_edtf_backfill set sod = epoch - (z - 719468) * 86400;
update event_edtf_backfill set era = (case when z >= 0 then z else z - 146096 end) / 146097;
update event_edtf_backfill set doe = z - era * 146097;
update event_edtf_backfill set yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
update event_edtf_backfill set doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
update event_edtf_backfill set mp = (5 * doy + 2) / 153;
update event_edtf_backfill set d = doy - (153 * mp + 2) / 5 + 1, m = case when mp < 10 then mp + 3 else mp - 9 end;
update event_edtf_backfill set y = yoe + era * 400 + case when m <= 2 then 1 else 0 end;

update event_edtf_backfill set txt =
  (case when y < 0 then '-' else '' end) || lpad(cast(abs(y) as varchar(12)), 4, '0')
  || (case when prec = 'YEAR' then '' else '-' || lpad(cast(m as varchar(2)), 2, '0') end)
  || (case when prec in ('DAY', 'MINUTE') then '-' || lpad(cast(d as varchar(2)), 2, '0') else '' end)
  || (case when prec = 'MINUTE' then 'T' || lpad(cast(sod / 3600 as varchar(2)), 2, '0') || ':'
      || lpad(cast(mod(sod, 3600) / 60 as varchar(2)), 2, '0') || ':00Z' else '' end);

update event set start_edtf = (select b.txt from event_edtf_backfill b where b.id = event.id and b.part = 'start');
update event set end_edtf = (select b.txt from event_edtf_backfill b where b.id = event.id and b.part = 'end')
  where end_epoch is not null;
drop table event_edtf_backfill;
