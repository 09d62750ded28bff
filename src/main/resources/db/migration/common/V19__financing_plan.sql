-- The financing plan of an application: the total costs (the cost plan) are covered by own funds,
-- third-party funds, income and the requested grant (requested_amount). Applications submitted
-- before declared none of them: their whole cost was applied for.
alter table application add column own_funds numeric(14, 2) default 0 not null;
alter table application add column third_party_funds numeric(14, 2) default 0 not null;
alter table application add column income numeric(14, 2) default 0 not null;
