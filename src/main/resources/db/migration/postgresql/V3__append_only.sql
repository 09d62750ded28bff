-- The audit log and the budget ledger are append-only: corrections are new entries.
create function refuse_change() returns trigger as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$ language plpgsql;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_change();

create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function refuse_change();
