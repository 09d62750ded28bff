-- The money of a case moves to the modules that move it: what was called and paid to the
-- grant account of the disbursement module, what came back of a clawback to the clawback.

create table grant_account (
    application_id bigint primary key references application (id),
    version bigint not null,
    approved_amount numeric(14, 2) not null check (approved_amount > 0),
    called_amount numeric(14, 2) not null,
    paid_amount numeric(14, 2) not null,
    -- Invariant 2: never more paid than called, never more called than approved.
    check (paid_amount >= 0 and paid_amount <= called_amount),
    check (called_amount <= approved_amount)
);

insert into grant_account (application_id, version, approved_amount, called_amount, paid_amount)
    select id, 0, approved_amount, called_amount, paid_amount from application where approved_amount is not null;

alter table clawback add column version bigint default 0 not null;
alter table clawback add column repaid_amount numeric(14, 2) default 0 not null;

update clawback set repaid_amount = (select a.repaid_amount from application a where a.id = clawback.application_id)
    where id in (select max(id) from clawback group by application_id);

alter table clawback add constraint clawback_repaid_within_amount check (repaid_amount >= 0 and repaid_amount <= amount);
