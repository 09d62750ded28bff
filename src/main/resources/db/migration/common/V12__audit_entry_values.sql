-- A history entry keeps the facts of its step as typed values (amounts, numbers, labels),
-- put into words in the reader's language; texts people wrote stay in detail.
alter table audit_entry add column detail_values varchar(2000);
