-- An event's location may carry an uncertainty radius (metres) and a protection (km: 10, 50 or
-- 100). For a protected event, the bounding box and representative point columns (min_lon … lat,
-- read by every map window, cluster and bbox query through event_window_idx) hold the centre of
-- its protection cell, never the real point: see docs/location-protection.md.
alter table event add column radius_m integer;
alter table event add column protect_km integer;
