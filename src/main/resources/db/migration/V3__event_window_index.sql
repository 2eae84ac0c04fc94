-- One index that holds every column a time and map window reads (and the overview's histogram and
-- map grid group by), so those queries are answered from the index without reading event rows:
-- on 100,000 events a one-year, one-ninth-of-the-map window scans ~11,000 index entries instead of
-- fetching ~11,000 rows. It starts with (story_id, range_from), so it replaces that index.
create index event_window_idx on event (story_id, range_from, range_to, min_lon, max_lon, min_lat, max_lat,
    status, deleted_at, category_id, lon, lat, id);
drop index event_story_range_idx;
