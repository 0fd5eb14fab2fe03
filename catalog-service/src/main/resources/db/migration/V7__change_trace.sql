-- The trace of the write that made each change (its W3C traceparent), so that publishing the change
-- later, from the outbox, joins the write's trace: a catalog write is followed from the admin's
-- request to catalog-changes and on to each advisor that reloads. Rows written before stay without.
alter table catalog_change add column trace_parent varchar(55);
