-- Who read or changed a person's records, when, and why: one row per read of a subscriber's records
-- by a member of staff and per change (a resolution, an erasure), with the reason or ticket given.
-- Kept where the records live, so that no path around a console escapes it. Append-only: nothing is
-- deleted, and the one change allowed is erasure masking the number (+99450***4567).
create table audit_entry (
    id         bigserial     primary key,
    at         timestamptz   not null,
    actor      varchar(200)  not null,
    role       varchar(32)   not null,
    action     varchar(32)   not null check (action in ('read-records', 'read-summary', 'read-attempt', 'resolve-attempt', 'erase')),
    msisdn     varchar(16),
    attempt_id varchar(200),
    reason     varchar(500)
);
create index audit_entry_msisdn_idx on audit_entry (msisdn, at desc);
create index audit_entry_actor_idx on audit_entry (actor, at desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'the audit trail is append-only';
    end if;
    if new.id <> old.id or new.at <> old.at or new.actor <> old.actor or new.role <> old.role
       or new.action <> old.action or new.attempt_id is distinct from old.attempt_id
       or new.reason is distinct from old.reason or new.msisdn is not distinct from old.msisdn
       or new.msisdn !~ '^\+994[0-9]{2}\*\*\*[0-9]{4}$' then
        raise exception 'the audit trail is append-only: only an erasure masks a number';
    end if;
    return new;
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- What support found about an attempt and did: kept with the attempt (and erased with it), shown
-- wherever the attempt is, and it takes the attempt out of the reconciliation queue.
alter table attempt add column resolution_finding varchar(32)
    check (resolution_finding in ('credited-late', 'refunded-by-provider', 'customer-told', 'escalated-to-carrier'));
alter table attempt add column resolution_note varchar(2000);
alter table attempt add column resolved_by varchar(200);
alter table attempt add column resolved_at timestamptz;
