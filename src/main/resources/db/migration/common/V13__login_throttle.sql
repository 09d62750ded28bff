-- Failed sign-ins counted per user name (kind ACCOUNT, whether such an account exists or not)
-- and per client address (kind ADDRESS), so that guessing passwords slows down: each failure
-- beyond the free ones locks the next attempt until locked_until. A successful sign-in or an
-- administrator clears the count of a user name; old counts are forgotten.
create table login_throttle (
    kind varchar(10) not null,
    throttle_key varchar(200) not null,
    failures integer not null,
    last_failure timestamp(6) with time zone not null,
    locked_until timestamp(6) with time zone,
    constraint login_throttle_pk primary key (kind, throttle_key),
    check (kind in ('ACCOUNT', 'ADDRESS')),
    check (failures > 0)
);
create index login_throttle_last_failure_ix on login_throttle (last_failure);
