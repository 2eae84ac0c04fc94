-- Editors: a user's sessions are stateless cookies holding the epoch they were signed in at;
-- raising the epoch (sign-out, new password) ends every one of them at once, on every instance.
alter table app_user add column session_epoch integer default 0 not null;
