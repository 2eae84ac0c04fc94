-- The sanitized HTML of an event's Markdown body, rendered once when the event is written, so that
-- lists of thousands of events are served without rendering Markdown on every read.
alter table event add column body_html varchar(200000);
