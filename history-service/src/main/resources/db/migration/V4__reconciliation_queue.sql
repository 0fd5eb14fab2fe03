-- The support agents' reconciliation queue reads only open and contradictory attempts, oldest first:
-- partial indexes keep those reads (and the metrics that count them) small however long history grows.
create index attempt_open_idx on attempt (first_event_at, attempt_id) where state = 'requested';
create index attempt_contradictory_idx on attempt (first_event_at, attempt_id) where contradictory or msisdn_conflict;
