-- The sign-in throttle's counts, shared by every instance (account.DatabaseThrottleStore).
create table login_failure (
  throttle_key varchar(400) not null primary key,
  failures integer not null,
  last_ms bigint not null
);
create index login_failure_last on login_failure (last_ms);

create table login_known (
  pair varchar(400) not null primary key,
  at_ms bigint not null
);
