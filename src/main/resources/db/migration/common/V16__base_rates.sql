-- The base rates of § 247 BGB per half-year, from which interest under § 49a VwVfG NRW is
-- computed per period (proof/InterestCalculator).

create table base_rate (
    valid_from date primary key,
    rate_percent numeric(5, 2) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp(6) with time zone not null,
    check (extract(day from valid_from) = 1 and extract(month from valid_from) in (1, 7))
);

-- As published by the Deutsche Bundesbank. Later half-years are recorded by administrators;
-- a half-year without its rate blocks every computation that reaches into it.
insert into base_rate (valid_from, rate_percent, recorded_by, recorded_at) values
    (date '2023-01-01', 1.62, 'migration V16', current_timestamp),
    (date '2023-07-01', 3.12, 'migration V16', current_timestamp),
    (date '2024-01-01', 3.62, 'migration V16', current_timestamp),
    (date '2024-07-01', 3.37, 'migration V16', current_timestamp),
    (date '2025-01-01', 2.27, 'migration V16', current_timestamp),
    (date '2025-07-01', 1.27, 'migration V16', current_timestamp);
