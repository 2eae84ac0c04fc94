-- Every script: folded search text (event.search_text, place.search_key) is computed in Java by
-- common.Text.fold. When its rules change, seed.SearchTextRefresh folds every stored text again once
-- and records the version it folded with here. Version 1 folded to ASCII only; version 2 keeps
-- every script.
create table text_fold (
    id integer primary key,
    version integer not null
);
-- A database with no event yet has nothing folded by the old rules.
insert into text_fold (id, version) values (1, case when exists (select 1 from event) then 1 else 2 end);
