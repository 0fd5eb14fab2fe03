-- Ways out that someone else takes for a person at zero balance, on their own phone: loading a
-- scratch card onto another number (Azercell) and sending part of one's balance (Nar). They take no
-- payment method of the person's, like a credit advance; each states its code and terms with the
-- carrier's page. Each page was read on 3 December 2026.

alter table channel drop constraint channel_payment_methods_check;
alter table channel add constraint channel_payment_methods_check
    check ((kind in ('credit-advance', 'by-someone-else')) = (cardinality(payment_methods) = 0));
alter table channel drop constraint channel_kind_check;
alter table channel add constraint channel_kind_check
    check (kind in ('store', 'carrier-online', 'kiosk', 'bank-app', 'scratch-card', 'credit-advance', 'by-someone-else'));

-- V12's helpers live as long as the migration's connection: made afresh here, and dropped at the end
drop table if exists pg_temp.page;
drop function if exists pg_temp.fact(varchar, varchar);
drop function if exists pg_temp.unknown_fact();
create temporary table page (tag varchar(16) primary key, url varchar(500) not null, title varchar(300) not null);
insert into page values
    ('AZ-CARDS', 'https://www.azercell.com/en/personal/plans-and-services/services-and-options/payment-and-balance/scratch-cards.html', 'Azercell: Payment and balance, Scratch cards'),
    ('NAR-PLUS', 'https://www.nar.az/en/senin-ucun/nar-plus', 'Nar: Nar+, frequently asked questions'),
    ('NAR-TRANSFER', 'https://www.nar.az/en/senin-ucun/balans-kocurme/', 'Nar: Balance transfer');

create function pg_temp.fact(tag varchar, status varchar) returns jsonb language sql as $$
    select jsonb_build_object('status', status, 'url', url, 'title', title, 'checkedOn', '2026-12-03') from page where page.tag = fact.tag
$$;
create function pg_temp.unknown_fact() returns jsonb language sql as $$
    select jsonb_build_object('status', 'unknown', 'checkedOn', '2026-12-03')
$$;

-- Azercell: "To top-up the balance of a prepaid subscriber, dial *131*(operator code) number*13-digit
-- code #YES" (the scratch cards page, which also gives the cards' values)
insert into channel (id, kind, names, operator, carriers, payment_methods, currency, denominations,
    fee_percent, fee_fixed, cities, languages, steps, verified, notes, source, verified_on, dial_code, terms, facts)
values ('azercell-scratch-card-for-another', 'by-someone-else',
    '{"en": "Azercell scratch card, loaded onto your number by someone else", "az": "Başqasının nömrənizə yüklədiyi Azercell danışıq kartı", "ru": "Скретч-карта Azercell, зачисленная на ваш номер другим человеком", "zh": "他人代充的 Azercell 充值卡"}',
    'Azercell', '{azercell}', '{}', 'AZN', '{1.00,2.00,3.00,5.00,10.00,25.00,50.00,100.00}', null, null, '{}', '{az,en,ru}',
    '{"en": ["Someone near you buys an Azercell scratch card in a shop and scratches off the 13-digit code.", "On their phone they dial *131*<your number with its operator code>*<13-digit code>#YES.", "The card''s value goes onto your balance."],
      "az": ["Yaxınlığınızdakı biri mağazadan Azercell danışıq kartı alır və qoruyucu təbəqəni qaşıyıb 13 rəqəmli kodu açır.", "Öz telefonundan *131*<operator kodu ilə nömrəniz>*<13 rəqəmli kod>#YES yığır.", "Kartın məbləği balansınıza əlavə olunur."],
      "ru": ["Человек рядом с вами покупает в магазине скретч-карту Azercell и стирает защитный слой с 13-значного кода.", "Со своего телефона он набирает *131*<ваш номер с кодом оператора>*<13-значный код>#YES.", "Сумма карты зачисляется на ваш баланс."],
      "zh": ["您身边的人在商店购买一张 Azercell 充值卡，刮开涂层，露出 13 位充值密码。", "对方用自己的手机拨打 *131*<带运营商代码的您的号码>*<13 位充值密码>#YES。", "充值卡的金额会充入您的余额。"]}',
    true, null,
    'Azercell, Payment and balance: scratch cards, https://www.azercell.com/en/personal/plans-and-services/services-and-options/payment-and-balance/scratch-cards.html', date '2026-12-03',
    '*131*<number>*<code>#YES',
    '{"en": "Anyone with an Azercell scratch card (1 to 100 AZN) can put its value on your prepaid number from their phone, with your number in the code they dial.",
      "az": "Azercell danışıq kartı (1–100 AZN) olan hər kəs onun məbləğini öz telefonundan, yığdığı koda nömrənizi daxil etməklə fakturasız nömrənizə yükləyə bilər.",
      "ru": "Любой, у кого есть скретч-карта Azercell (от 1 до 100 AZN), может со своего телефона зачислить её сумму на ваш номер с предоплатой, набрав код с вашим номером.",
      "zh": "任何持有 Azercell 充值卡（1 至 100 马纳特）的人，都可以用自己的手机拨打含有您号码的代码，把卡内金额充入您的预付费号码。"}',
    jsonb_build_object('denominations', pg_temp.fact('AZ-CARDS', 'confirmed'), 'dialCode', pg_temp.fact('AZ-CARDS', 'confirmed'),
        'terms', pg_temp.fact('AZ-CARDS', 'confirmed'), 'fee', pg_temp.unknown_fact(), 'minAmount', pg_temp.unknown_fact(),
        'maxAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact()));

-- Nar: a prepaid Nar number sends part of its balance to another by USSD or SMS to 790 (the Nar+
-- FAQ gives the codes; the balance transfer page the fees and limits)
insert into channel (id, kind, names, operator, carriers, payment_methods, currency, denominations,
    fee_percent, fee_fixed, cities, languages, steps, verified, notes, source, verified_on, dial_code, terms, facts)
values ('nar-balance-transfer', 'by-someone-else',
    '{"en": "Nar balance transfer from another Nar number", "az": "Başqa Nar nömrəsindən balans köçürmə", "ru": "Перевод баланса с другого номера Nar", "zh": "从其他 Nar 号码转入话费"}',
    'Nar', '{nar}', '{}', 'AZN', '{0.20,0.50,1.00,2.00}', null, null, '{}', '{az,en,ru}',
    '{"en": ["Someone with a Nar number sends you part of their balance: on their phone they dial *790#<your number>#1#YES for 1 AZN (#02 for 0.20 AZN, #05 for 0.50 AZN, #2 for 2 AZN).", "Or they send an SMS to 790: your number, then #1 (or #02, #05, #2).", "The amount goes onto your balance."],
      "az": ["Nar nömrəsi olan biri balansının bir hissəsini sizə göndərir: öz telefonundan 1 AZN üçün *790#<nömrəniz>#1#YES yığır (0,20 AZN üçün #02, 0,50 AZN üçün #05, 2 AZN üçün #2).", "Və ya 790 nömrəsinə SMS göndərir: nömrəniz, sonra #1 (və ya #02, #05, #2).", "Məbləğ balansınıza əlavə olunur."],
      "ru": ["Человек с номером Nar переводит вам часть своего баланса: со своего телефона набирает *790#<ваш номер>#1#YES для 1 AZN (#02 — 0,20 AZN, #05 — 0,50 AZN, #2 — 2 AZN).", "Или отправляет SMS на 790: ваш номер, затем #1 (или #02, #05, #2).", "Сумма зачисляется на ваш баланс."],
      "zh": ["有 Nar 号码的人可以把自己的部分余额转给您：用自己的手机拨打 *790#<您的号码>#1#YES 转 1 马纳特（#02 为 0.20 马纳特，#05 为 0.50 马纳特，#2 为 2 马纳特）。", "也可以发送短信到 790：您的号码，后接 #1（或 #02、#05、#2）。", "金额会转入您的余额。"]}',
    true, 'An older copy of the page (nar.az/en/balans-kocurme/) gives fees of 6 or 10 qəpik; the newer one, cited, gives 0.12 and 0.24 AZN, and 0.60 AZN for 5 AZN, which the Nar+ FAQ gives no code for.',
    'Nar, Balance transfer, https://www.nar.az/en/senin-ucun/balans-kocurme/; Nar+ FAQ, https://www.nar.az/en/senin-ucun/nar-plus', date '2026-12-03',
    '*790#<number>#1#YES',
    '{"en": "From one prepaid Nar number to another, not in roaming; the sender must have spent at least 3 AZN since activation, and may send 10 transfers a day. The sender pays 0.12 AZN a transfer of 0.20, 0.50 or 1 AZN, and 0.24 AZN for 2 AZN.",
      "az": "Bir fakturasız Nar nömrəsindən digərinə, rouminqdə olmadan; göndərən aktivləşdirmədən bəri ən azı 3 AZN xərcləmiş olmalıdır və gündə 10 köçürmə edə bilər. Göndərən 0,20, 0,50 və ya 1 AZN köçürmə üçün 0,12 AZN, 2 AZN üçün 0,24 AZN ödəyir.",
      "ru": "С одного номера Nar с предоплатой на другой, не в роуминге; отправитель должен потратить не менее 3 AZN с момента активации и может делать 10 переводов в день. Отправитель платит 0,12 AZN за перевод 0,20, 0,50 или 1 AZN и 0,24 AZN за 2 AZN.",
      "zh": "仅限 Nar 预付费号码之间转账，且不在漫游中；转出方自激活以来须已消费至少 3 马纳特，每天最多转 10 次。转出方每次转 0.20、0.50 或 1 马纳特付 0.12 马纳特，转 2 马纳特付 0.24 马纳特。"}',
    jsonb_build_object('denominations', pg_temp.fact('NAR-PLUS', 'confirmed'), 'dialCode', pg_temp.fact('NAR-PLUS', 'confirmed'),
        'terms', pg_temp.fact('NAR-TRANSFER', 'confirmed'), 'fee', pg_temp.unknown_fact(), 'minAmount', pg_temp.unknown_fact(),
        'maxAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact()));

-- Each new or changed record, these and V12's, is published to catalog-changes by the relay, as a
-- write would be: it also moves the catalog's revision, so an advisor holding the catalog takes it
-- anew (V12 left that out)
insert into catalog_change (entity, entity_id, change, version)
select 'channel', id, 'created', version from channel
    where id in ('bakcell-klasskredit', 'nar-kredit', 'azercell-simkredit', 'azercell-scratch-card-for-another', 'nar-balance-transfer')
union all select 'carrier', id, 'updated', version from carrier where id in ('bakcell', 'nar');

drop function pg_temp.fact(varchar, varchar);
drop function pg_temp.unknown_fact();
drop table pg_temp.page;
