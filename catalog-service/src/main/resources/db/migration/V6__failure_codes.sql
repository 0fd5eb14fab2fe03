-- The failure codes of the top-up APIs and payment systems Balans hears from, as catalog data:
-- they are facts about other companies' APIs, they change without notice, and each says what it
-- means for the person: the cause of the failure table, whether the outcome is final (the same
-- top-up will fail again), retryable (it may work later) or unknown (the money may still arrive),
-- and how long to wait before checking or trying again. The id is the provider and the code.
create table failure_code (
    id           varchar(100)  primary key,
    provider     varchar(32)   not null check (provider ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
    code         varchar(64)   not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    cause        varchar(32)   not null check (cause in ('MALFORMED_NUMBER', 'WRONG_CARRIER', 'CARRIER_NOT_DETECTABLE',
        'AMOUNT_OUT_OF_RANGE', 'LINE_BARRED', 'TOO_FREQUENT', 'DUPLICATE', 'CHANNEL_DOWN', 'PAYMENT_REFUSED', 'PENDING',
        'CREDITED_BUT_MISSING', 'BALANCE_EXPIRED', 'SCRATCH_CARD', 'REVERSED', 'NETWORK_INTERRUPTED')),
    outcome      varchar(16)   not null check (outcome in ('final', 'retryable', 'unknown')),
    wait_seconds integer       check (wait_seconds between 0 and 604800),
    meaning      varchar(500),
    verified     boolean       not null default false,
    notes        text,
    source       varchar(500)  not null,
    verified_on  date          not null,
    version      bigint        not null default 0,
    check (id = provider || ':' || code)
);
create index failure_code_code_idx on failure_code (code);
-- a change event names its record: a failure code's id is longer than the other records' ids
alter table catalog_change alter column entity_id type varchar(100);

insert into failure_code (id, provider, code, cause, outcome, wait_seconds, meaning, notes, source, verified_on) values
    ('reloadly:INVALID_RECIPIENT_PHONE', 'reloadly', 'INVALID_RECIPIENT_PHONE', 'MALFORMED_NUMBER', 'final', null,
     'The recipient number is not valid for the operator.', null,
     'Reloadly developer documentation, Airtime API: error codes (developers.reloadly.com)', date '2026-11-25'),
    ('reloadly:COULD_NOT_AUTO_DETECT_OPERATOR', 'reloadly', 'COULD_NOT_AUTO_DETECT_OPERATOR', 'CARRIER_NOT_DETECTABLE', 'final', null,
     'The operator of the number could not be detected.', null,
     'Reloadly developer documentation, Airtime API: error codes (developers.reloadly.com)', date '2026-11-25'),
    ('reloadly:INVALID_AMOUNT_FOR_OPERATOR', 'reloadly', 'INVALID_AMOUNT_FOR_OPERATOR', 'AMOUNT_OUT_OF_RANGE', 'final', null,
     'The amount is not one the operator accepts.', null,
     'Reloadly developer documentation, Airtime API: error codes (developers.reloadly.com)', date '2026-11-25'),
    ('reloadly:PHONE_RECENTLY_RECHARGED', 'reloadly', 'PHONE_RECENTLY_RECHARGED', 'TOO_FREQUENT', 'retryable', 120,
     'The number was topped up moments ago; the same top-up is refused for two minutes.', null,
     'Reloadly developer documentation, Airtime API: error codes (developers.reloadly.com)', date '2026-11-25'),
    ('reloadly:MAX_DAILY_TRANSACTION_COUNT_REACHED', 'reloadly', 'MAX_DAILY_TRANSACTION_COUNT_REACHED', 'TOO_FREQUENT', 'retryable', 86400,
     'The number has had as many top-ups today as allowed.', 'A daily cap: the wait is up to a day.',
     'Reloadly developer documentation, Airtime API: error codes (developers.reloadly.com)', date '2026-11-25'),
    ('reloadly:OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE', 'reloadly', 'OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE', 'CHANNEL_DOWN', 'retryable', 1800,
     'The operator cannot be reached now. Nothing was charged.', 'Reloadly advises waiting about 30 minutes before a failed top-up to the same number is tried again.',
     'Reloadly developer documentation, Airtime API: error codes and top-up statuses (developers.reloadly.com)', date '2026-11-25'),
    ('ding:AccountNumberInvalid', 'ding', 'AccountNumberInvalid', 'MALFORMED_NUMBER', 'final', null,
     'The account number (the phone number) is not valid for the provider.', null,
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('ding:RechargeNotAllowed', 'ding', 'RechargeNotAllowed', 'WRONG_CARRIER', 'final', null,
     'The provider does not allow a top-up of this number.', null,
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('ding:ParameterOutOfRange', 'ding', 'ParameterOutOfRange', 'AMOUNT_OUT_OF_RANGE', 'final', null,
     'A value sent, usually the amount, is outside what the product allows.', null,
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('ding:DuplicateTransactionPrevented', 'ding', 'DuplicateTransactionPrevented', 'DUPLICATE', 'final', null,
     'The same transfer was sent moments ago and this one was stopped.', null,
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('ding:ProviderTimedOut', 'ding', 'ProviderTimedOut', 'CHANNEL_DOWN', 'unknown', 90,
     'The provider did not answer in time. The top-up may still complete.',
     'Ding: after a timeout, wait about 90 seconds and look the transfer up before sending it again.',
     'Ding Connect API documentation: error codes and FAQ (https://www.dingconnect.com/Api/Faq)', date '2026-11-25'),
    ('ding:TransientProviderError', 'ding', 'TransientProviderError', 'CHANNEL_DOWN', 'retryable', null,
     'The provider failed for a moment; the same transfer may work later.', 'Ding publishes no wait for this code.',
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('ding:RateLimited', 'ding', 'RateLimited', 'TOO_FREQUENT', 'retryable', null,
     'Too many requests in a short time.', 'Ding publishes no wait for this code.',
     'Ding Connect API documentation: error codes (https://www.dingconnect.com/Api)', date '2026-11-25'),
    ('dtone:DECLINED-INVALID-CREDIT-PARTY', 'dtone', 'DECLINED-INVALID-CREDIT-PARTY', 'MALFORMED_NUMBER', 'final', null,
     'The operator declined: the number to credit is not valid.', null,
     'DT One DVS API reference: transaction statuses and sub-statuses (dvs-api-doc.dtone.com)', date '2026-11-25'),
    ('dtone:DECLINED-BARRED-CREDIT-PARTY', 'dtone', 'DECLINED-BARRED-CREDIT-PARTY', 'LINE_BARRED', 'final', null,
     'The operator declined: the line to credit is barred.', null,
     'DT One DVS API reference: transaction statuses and sub-statuses (dvs-api-doc.dtone.com)', date '2026-11-25'),
    ('dtone:DECLINED-OPERATOR-CURRENTLY-UNAVAILABLE', 'dtone', 'DECLINED-OPERATOR-CURRENTLY-UNAVAILABLE', 'CHANNEL_DOWN', 'retryable', null,
     'The operator is not available now. The reserved amount is released.', 'DT One publishes no wait for this sub-status.',
     'DT One DVS API reference: transaction statuses and sub-statuses (dvs-api-doc.dtone.com)', date '2026-11-25'),
    ('dtone:DECLINED-DUPLICATED-TRANSACTION', 'dtone', 'DECLINED-DUPLICATED-TRANSACTION', 'DUPLICATE', 'final', null,
     'The operator declined a repeat of a transaction it already has.', null,
     'DT One DVS API reference: transaction statuses and sub-statuses (dvs-api-doc.dtone.com)', date '2026-11-25'),
    ('dtone:DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT', 'dtone', 'DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT', 'AMOUNT_OUT_OF_RANGE', 'final', null,
     'The operator declined the amount for this line.', null,
     'DT One DVS API reference: transaction statuses and sub-statuses (dvs-api-doc.dtone.com)', date '2026-11-25'),
    ('demo:CARD_DECLINED', 'demo', 'CARD_DECLINED', 'PAYMENT_REFUSED', 'final', null,
     'The card was refused by the payment system.', 'The code of the local stack''s demo feed, not of a real provider.',
     'Balans demo feed (deploy/local), the code its generated failures carry', date '2026-11-25');

-- Balance codes are codes, in every language: how to use them (call, SMS) is said by the advisor in
-- the person's language, so the English words that were in the codes go to notes.
update carrier set balance_code = '2112', notes = coalesce(notes || ' ', '') || 'Balance: call or send an SMS to 2112.', version = version + 1
where id = 'azercell' and balance_code = '2112 (call or SMS)';
update carrier set balance_code = '*777#YES / *100#YES', version = version + 1
where id = 'nar' and balance_code = '*777#YES or *100#YES';
