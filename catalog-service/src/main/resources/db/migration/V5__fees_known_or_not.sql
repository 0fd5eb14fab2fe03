-- A fee is known or it is not. Unknown was stored as 0.00, which every answer then showed as "no
-- fee": now it is null, and an answer says "fee not known: check before paying".
alter table channel alter column fee_percent drop not null;
alter table channel alter column fee_percent drop default;
alter table channel alter column fee_fixed drop not null;
alter table channel alter column fee_fixed drop default;

-- Ding and Paysend charge a service fee and an exchange-rate margin that vary by country, amount
-- and card, and publish no fixed figure for Azerbaijan (their pricing pages quote a price per
-- transfer at checkout): unknown, not zero.
update channel set fee_percent = null, fee_fixed = null,
    notes = coalesce(notes || ' ', '') || 'Fee and exchange-rate margin vary by amount and card; no fixed figure is published for Azerbaijan.',
    source = coalesce(source || '; ', '') || 'https://www.ding.com/ and https://paysend.com/en/send-money (prices quoted per transfer)'
where id in ('ding', 'paysend');
