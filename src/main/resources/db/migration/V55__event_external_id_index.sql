-- An import looks up a chunk's external ids (ACLED's event ids) among the story's events. The
-- unique key (story_id, external_id) leads with the story, so H2 answers an IN list by walking
-- every event of the story; this index finds each id directly.
create index event_external_idx on event (external_id);
