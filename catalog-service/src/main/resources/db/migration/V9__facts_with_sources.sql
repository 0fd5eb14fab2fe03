-- Every fact the advice rests on carries its own source, or is unknown. A row's source said where
-- the row came from, and a fee nobody publishes was stored as 0.00 and shown as "no fee"; now each
-- fact (a channel's fee, amounts, denominations, a shop's or kiosk's hours, time to credit, change;
-- a carrier's balance and top-up codes; a failure code's meaning and wait) names the page that says
-- it, with its title and the date it was read: confirmed (the page says exactly this), reported (a
-- secondary source says it), or unknown (no page says it, so the value is taken out). Each page was
-- read on 3 December 2026; where none was found, the fact is unknown and its value is gone.

alter table channel add column facts jsonb not null default '{}';
alter table carrier add column facts jsonb not null default '{}';
alter table failure_code add column facts jsonb not null default '{}';

-- The pages
create temporary table page (tag varchar(16) primary key, url varchar(500) not null, title varchar(300) not null);
insert into page values
    ('AZ-CARDS', 'https://www.azercell.com/en/personal/plans-and-services/services-and-options/payment-and-balance/scratch-cards.html', 'Azercell: Payment and balance, Scratch cards'),
    ('AZ-BAL', 'https://www.azercell.com/en/personal/plans-and-services/services-and-options/payment-and-balance/balance-info.html', 'Azercell: Payment and balance, Balance info'),
    ('AZ-PR-2024', 'https://www.azercell.com/en/about-us/press-releases/news/azercell-abuncilrinin-nzrin-danisiq-kartlari.html', 'Azercell press release, 1 June 2024: To the attention of Azercell subscribers!'),
    ('BK-KLASS', 'https://www.bakcell.com/klass/en/klass/postpaid-xl', 'Bakcell: Klass Postpaid XL (check balance *100#YES)'),
    ('NAR-PLUS', 'https://www.nar.az/en/senin-ucun/nar-plus', 'Nar: Nar+, frequently asked questions'),
    ('EMANAT', 'https://www.emanat.az/en/terminal-usage-rules', 'eManat: Rules for using payment terminals'),
    ('RELOADLY', 'https://topupsapi.docs.apiary.io/', 'Reloadly Topups API documentation: Error Codes'),
    ('DING-FAQ', 'https://www.dingconnect.com/Api/Faq', 'DingConnect API: FAQ (test numbers and their error codes; querying a transfer)'),
    ('DING-API', 'https://www.dingconnect.com/Api', 'Ding API (DingConnect V1): SendTransfer'),
    ('DING-GO', 'https://github.com/vlab-research/go-dingconnect', 'go-dingconnect, a DingConnect client: its notes on error codes (secondary)'),
    ('DTONE', 'https://dvs-api-doc.dtone.com/', 'DT One DVS API reference: Status and Errors, Transaction Status');

create function pg_temp.fact(tag varchar, status varchar) returns jsonb language sql as $$
    select jsonb_build_object('status', status, 'url', url, 'title', title, 'checkedOn', '2026-12-03') from page where page.tag = fact.tag
$$;
create function pg_temp.unknown_fact() returns jsonb language sql as $$
    select jsonb_build_object('status', 'unknown', 'checkedOn', '2026-12-03')
$$;

-- Fees: no page states the fee of any of these channels, or that there is none. Unknown, not zero.
update channel set fee_percent = null, fee_fixed = null,
    facts = facts || jsonb_build_object('fee', pg_temp.unknown_fact()), version = version + 1;

-- Carrier shops: no page gives their opening hours, a minimum amount, or whether they give change.
update channel set opening_hours = null, min_amount = null, gives_change = null,
    facts = facts || jsonb_build_object('openingHours', pg_temp.unknown_fact(), 'minAmount', pg_temp.unknown_fact(), 'givesChange', pg_temp.unknown_fact()),
    notes = 'Opening hours, the smallest amount and whether change is given are not published: ask the shop. ID may be asked.'
where kind = 'store';

-- Azercell Kabinetim: electronic payments from 1 AZN (press release, 1 June 2024); online payments
-- reach the balance within 30 minutes (the scratch cards page)
update channel set facts = facts || jsonb_build_object('minAmount', pg_temp.fact('AZ-PR-2024', 'confirmed'),
    'minutesToCredit', pg_temp.fact('AZ-CARDS', 'confirmed'))
where id = 'azercell-kabinetim';

-- Bakcell's app, Nar+, Birbank, other banks' apps: no page gives a minimum (Nar's validity table
-- starts at 1 AZN, which implies one without stating it)
update channel set min_amount = null, facts = facts || jsonb_build_object('minAmount', pg_temp.unknown_fact())
where id in ('bakcell-app', 'nar-plus', 'birbank-app', 'local-bank-apps');

-- Kiosks: the 30 minutes and the 1 AZN minimum are Azercell's figures for Azercell numbers; for
-- Bakcell and Nar nothing is published, so for a kiosk that serves all three they are unknown.
-- eManat's rules: the terminal takes AZN notes only and pays nothing out; an overpayment can be
-- reclaimed from eManat's customer services. MilliÖN publishes nothing.
update channel set min_amount = null, minutes_to_credit = null, opening_hours = null,
    facts = facts || jsonb_build_object('minAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact(), 'openingHours', pg_temp.unknown_fact())
where kind = 'kiosk';
update channel set gives_change = null, facts = facts || jsonb_build_object('givesChange', pg_temp.unknown_fact()),
    notes = 'Whether a kiosk gives change, its fees and its limits are not published.'
where id = 'millon-kiosk';
update channel set gives_change = false, facts = facts || jsonb_build_object('givesChange', pg_temp.fact('EMANAT', 'confirmed')),
    notes = 'Takes AZN notes only, no coins, and pays nothing out; eManat says an overpayment can be claimed back from its customer services.'
where id = 'emanat-kiosk';

-- Scratch cards: Azercell's values are on its scratch cards page; no page gives how soon a card's
-- money shows, or Nar's card values. A card has no change to give.
update channel set minutes_to_credit = null, gives_change = null,
    facts = facts || jsonb_build_object('minutesToCredit', pg_temp.unknown_fact(), 'givesChange', pg_temp.unknown_fact())
where kind = 'scratch-card';
update channel set facts = facts || jsonb_build_object('denominations', pg_temp.fact('AZ-CARDS', 'confirmed')),
    notes = 'For another number: *131*<number with its operator code>*<code>#YES. A used card: send its serial number by SMS to 1003 (the SMS is not free).'
where id = 'azercell-scratch-card';
update channel set facts = facts || jsonb_build_object('denominations', pg_temp.unknown_fact()),
    notes = 'Card values are not published.'
where id = 'nar-scratch-card';

-- What no row states is unknown: a maximum amount, and the rest of what is still null
update channel set facts = jsonb_build_object('maxAmount', pg_temp.unknown_fact(), 'denominations', pg_temp.unknown_fact(),
    'minutesToCredit', pg_temp.unknown_fact(), 'givesChange', pg_temp.unknown_fact(), 'minAmount', pg_temp.unknown_fact()) || facts;

-- Carriers' codes
update carrier set facts = jsonb_build_object('balanceCode', pg_temp.fact('AZ-BAL', 'confirmed'), 'topUpCode', pg_temp.fact('AZ-CARDS', 'confirmed')),
    notes = 'Prepaid brand SimSim. Electronic top-ups: any amount from 1 AZN. Balance: call or send an SMS to 2112 (the SMS is not free). A used card: SMS its serial to 1003.',
    version = version + 1
where id = 'azercell';
-- Bakcell states *100#YES on its Klass tariff pages; no prepaid page was found
update carrier set top_up_code = null, facts = jsonb_build_object('balanceCode', pg_temp.fact('BK-KLASS', 'reported'), 'topUpCode', pg_temp.unknown_fact()),
    version = version + 1
where id = 'bakcell';
update carrier set facts = jsonb_build_object('balanceCode', pg_temp.fact('NAR-PLUS', 'confirmed'), 'topUpCode', pg_temp.fact('NAR-PLUS', 'confirmed')),
    notes = 'Operated by Azerfon LLC. Balance requests *777#YES and *100#YES cost 0.04 AZN. Nar Credit advances 0.5-3 AZN with a 20% fee are paid back first from a top-up.',
    version = version + 1
where id = 'nar';
update carrier set balance_code = null, top_up_code = null,
    facts = jsonb_build_object('balanceCode', pg_temp.unknown_fact(), 'topUpCode', pg_temp.unknown_fact()), version = version + 1
where id in ('naxtel', 'fonex', 'aztelekom');

-- Failure codes, read against the providers' own documentation. Where a provider publishes no
-- wait there is none here: the advice follows from what the code means.
update failure_code set facts = jsonb_build_object('meaning', pg_temp.fact('RELOADLY', 'confirmed'), 'wait', pg_temp.unknown_fact())
where provider = 'reloadly';
update failure_code set facts = jsonb_build_object('meaning', pg_temp.fact('RELOADLY', 'confirmed'), 'wait', pg_temp.fact('RELOADLY', 'confirmed')),
    meaning = 'The number was topped up less than 2 minutes ago, maybe by the person: Reloadly takes no second top-up of a number for 2 minutes.'
where id = 'reloadly:PHONE_RECENTLY_RECHARGED';
update failure_code set cause = 'CHANNEL_DOWN', outcome = 'retryable', wait_seconds = null,
    meaning = 'The top-up service''s own account has reached its daily number of top-ups. Nothing is wrong with the number: another way to top up works now.',
    notes = 'Reloadly: "Some developer account may have a daily transaction count limit." A limit of the reseller''s account, not of the number; no reset time is published.'
where id = 'reloadly:MAX_DAILY_TRANSACTION_COUNT_REACHED';
update failure_code set wait_seconds = null,
    meaning = 'The service has this operator disabled or inactive for now, for a time it does not say. Nothing was charged.',
    notes = 'Reloadly: "The specified operator is currently disabled or inactive on the platform." No wait is published.'
where id = 'reloadly:OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE';
update failure_code set meaning = 'The service could not tell which operator the number is on; the number may be fine, and choosing the operator can work.'
where id = 'reloadly:COULD_NOT_AUTO_DETECT_OPERATOR';

update failure_code set facts = jsonb_build_object('meaning', pg_temp.fact('DING-FAQ', 'confirmed'), 'wait', pg_temp.unknown_fact())
where id in ('ding:AccountNumberInvalid', 'ding:TransientProviderError', 'ding:RateLimited');
-- a limit on the reseller's calls to Ding, not on the number: another way to top up works now
update failure_code set cause = 'CHANNEL_DOWN',
    meaning = 'The top-up service''s account sent too many requests in a short time; nothing is wrong with the number.'
where id = 'ding:RateLimited';
update failure_code set facts = jsonb_build_object('meaning', pg_temp.fact('DING-GO', 'reported'), 'wait', pg_temp.unknown_fact())
where id in ('ding:RechargeNotAllowed', 'ding:ParameterOutOfRange', 'ding:DuplicateTransactionPrevented');
-- Ding: ProviderTimedOut is the context of TransientProviderError when a transfer passed Ding's
-- 90-second limit, and such a transfer "will be treated as a failed transaction and the balance
-- will not be deducted": failed, not an outcome still unknown; 90 s is Ding's limit, not a wait.
update failure_code set outcome = 'retryable', wait_seconds = null,
    meaning = 'The carrier did not answer within Ding''s 90-second limit: the top-up failed and nothing was charged. A new top-up may work.',
    notes = 'In Ding''s answers, the context of TransientProviderError. Only when no answer comes at all is the transfer looked up (ListTransferRecords) before sending it again.',
    facts = jsonb_build_object('meaning', pg_temp.fact('DING-API', 'confirmed'), 'wait', pg_temp.unknown_fact())
where id = 'ding:ProviderTimedOut';

update failure_code set facts = jsonb_build_object('meaning', pg_temp.fact('DTONE', 'confirmed'), 'wait', pg_temp.unknown_fact())
where provider = 'dtone';
-- DT One: "Limitations on credit party cumulative transaction amount": the carrier's limit on how
-- much the number may receive in a period, so another amount fails too; no period is published.
update failure_code set cause = 'TOO_FREQUENT', outcome = 'retryable', wait_seconds = null,
    meaning = 'The carrier limits how much this number may receive in a period, and it has reached that: another amount fails too. The period is not published.'
where id = 'dtone:DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT';

-- The demo feed's code: no page says what it means
update failure_code set facts = jsonb_build_object('meaning', pg_temp.unknown_fact(), 'wait', pg_temp.unknown_fact())
where provider = 'demo';
update failure_code set version = version + 1, verified_on = date '2026-12-03' where provider <> 'demo';

-- Each changed record is published to catalog-changes by the relay, as a write would be: the
-- catalog's revision moves on, so no reader keeps the document from before
insert into catalog_change (entity, entity_id, change, version)
select 'channel', id, 'updated', version from channel
union all select 'carrier', id, 'updated', version from carrier
union all select 'failure-code', id, 'updated', version from failure_code;

drop function pg_temp.fact(varchar, varchar);
drop function pg_temp.unknown_fact();
drop table page;
