-- The records of bank account and allocation changes are append-only like the audit log.
create trigger bank_account_change_append_only before update or delete on bank_account_change
    for each row execute function refuse_change();

create trigger allocation_change_append_only before update or delete on allocation_change
    for each row execute function refuse_change();
