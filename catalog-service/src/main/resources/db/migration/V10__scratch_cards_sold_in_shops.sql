-- A scratch card is bought at a shop or a kiosk before it is dialled in, so where it is sold has
-- opening hours like any other place. No page gives them: they are unknown, never "open now".
update channel set opening_hours = null,
    facts = facts || jsonb_build_object('openingHours', jsonb_build_object('status', 'unknown', 'checkedOn', '2026-12-03')),
    version = version + 1
where kind = 'scratch-card';

-- published to catalog-changes by the relay, as a write would be
insert into catalog_change (entity, entity_id, change, version)
select 'channel', id, 'updated', version from channel where kind = 'scratch-card';
