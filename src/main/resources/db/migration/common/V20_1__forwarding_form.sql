-- One legal form of forwarding per programme: by notice (Weiterleitungsbescheid) or by
-- private-law contract (Weiterleitungsvertrag). Existing programmes keep the contract.
alter table programme add column forwarding_form varchar(20) default 'CONTRACT' not null;

-- The signed contract the carrier uploaded and the case worker's confirmation of its
-- receipt (contract_accepted_at: the day the carrier's acceptance arrived).
alter table application add column contract_received_at timestamp(6) with time zone;
alter table application add column contract_confirmed_at timestamp(6) with time zone;
alter table application add column contract_confirmed_by varchar(100);
-- The day a Weiterleitungsbescheid was delivered and the grant took effect.
alter table application add column effective_on date;
