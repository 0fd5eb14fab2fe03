-- Ways out that need nothing at hand: the carriers' credit advances, which lend money onto a balance
-- at zero and take it back, with a fee, from the next top-up. Until now they sat only in a carrier's
-- free-text notes, so no answer offered them. A credit advance is a channel of its own kind, the one
-- that takes no payment method; it states the code to dial and its terms (who may use it, how it is
-- paid back), each with the page that says it. Each page was read on 3 December 2026.

alter table channel drop constraint channel_kind_check;
alter table channel add constraint channel_kind_check
    check (kind in ('store', 'carrier-online', 'kiosk', 'bank-app', 'scratch-card', 'credit-advance'));
alter table channel drop constraint channel_payment_methods_check;
alter table channel add constraint channel_payment_methods_check
    check ((kind = 'credit-advance') = (cardinality(payment_methods) = 0));
alter table channel add column dial_code varchar(200);
alter table channel add column terms jsonb;

create temporary table page (tag varchar(16) primary key, url varchar(500) not null, title varchar(300) not null);
insert into page values
    ('BK-KK', 'https://www.bakcell.com/en/klasskredit', 'Bakcell: KlassKredit'),
    ('NAR-KREDIT', 'https://nar.az/en/senin-ucun/nar-kredit', 'Nar: Nar Kredit'),
    ('AZ-SIMKREDIT', 'https://www.azercell.com/en/personal/plans-and-services/services-and-options/0-balance-options/sim-credit.html',
     'Azercell: 0 balance options, SimKredit');

create function pg_temp.fact(tag varchar, status varchar) returns jsonb language sql as $$
    select jsonb_build_object('status', status, 'url', url, 'title', title, 'checkedOn', '2026-12-03') from page where page.tag = fact.tag
$$;
create function pg_temp.unknown_fact() returns jsonb language sql as $$
    select jsonb_build_object('status', 'unknown', 'checkedOn', '2026-12-03')
$$;

-- Bakcell KlassKredit: 1, 2 or 5 AZN for a fee of 0.20, 0.40 or 1 AZN (20%), 0.06 AZN a request,
-- Klass subscribers only (active or one-way blocked, 90 days on the network, not roaming); paid
-- back from the first money loaded; unpaid after 20 days, no further credit.
insert into channel (id, kind, names, operator, carriers, payment_methods, currency, denominations,
    fee_percent, fee_fixed, cities, languages, steps, verified, notes, source, verified_on, dial_code, terms, facts)
values ('bakcell-klasskredit', 'credit-advance',
    '{"en": "Bakcell KlassKredit (credit advance)", "az": "Bakcell KlassKredit (kredit)", "ru": "Bakcell KlassKredit (кредит оператора)", "zh": "Bakcell KlassKredit（预支的话费）"}',
    'Bakcell', '{bakcell}', '{}', 'AZN', '{1.00,2.00,5.00}', 20.00, 0.06, '{}', '{az,en,ru}',
    '{"en": ["Dial *250*1# for 1 AZN, *250*2# for 2 AZN or *250*5# for 5 AZN.", "*250*0# shows what you owe; *250# tells more.", "Your next top-up pays the credit back first, with its fee."],
      "az": ["1 AZN üçün *250*1#, 2 AZN üçün *250*2#, 5 AZN üçün *250*5# yığın.", "Borcunuzu *250*0# ilə yoxlayın; ətraflı məlumat üçün *250# yığın.", "Növbəti balans artımından əvvəlcə kredit və onun xidmət haqqı tutulur."],
      "ru": ["Наберите *250*1# — 1 AZN, *250*2# — 2 AZN или *250*5# — 5 AZN.", "*250*0# покажет ваш долг, *250# — подробности.", "При следующем пополнении сначала списываются кредит и плата за него."],
      "zh": ["拨打 *250*1# 预支 1 马纳特，*250*2# 预支 2 马纳特，*250*5# 预支 5 马纳特。", "拨打 *250*0# 查询欠费，拨打 *250# 了解详情。", "下次充值时，会先扣除预支金额及手续费。"]}',
    true, 'Up to 7 AZN in all. A second credit may be taken before the first is paid back.',
    'Bakcell, KlassKredit, https://www.bakcell.com/en/klasskredit', date '2026-12-03',
    '*250*1#, *250*2#, *250*5#',
    '{"en": "For Klass subscribers only: the number must be active (or blocked for outgoing calls only), on Bakcell for at least 90 days and not roaming. The credit and its fee (20%: 0.20, 0.40 or 1 AZN) come off the first money put on the balance; each request costs 0.06 AZN. A credit not paid back within 20 days stops further credits.",
      "az": "Yalnız Klass abunəçiləri üçün: nömrə aktiv (və ya birtərəfli bağlanmış) olmalı, ən azı 90 gündür Bakcell şəbəkəsində olmalı və rouminqdə olmamalıdır. Kredit və onun xidmət haqqı (20%: 0,20, 0,40 və ya 1 AZN) balansa daxil olan ilk vəsaitdən tutulur; hər sorğu 0,06 AZN-dir. 20 gün ərzində qaytarılmayan kredit yeni kredit almağa imkan vermir.",
      "ru": "Только для абонентов Klass: номер должен быть активен (или заблокирован только на исходящие), не менее 90 дней в сети Bakcell и не в роуминге. Кредит и плата за него (20%: 0,20, 0,40 или 1 AZN) списываются с первых поступивших на баланс средств; каждый запрос стоит 0,06 AZN. Пока кредит не возвращён в течение 20 дней, новый взять нельзя.",
      "zh": "仅限 Klass 用户：号码须处于正常状态（或仅被限制呼出），在 Bakcell 网络中已使用至少 90 天，且不在漫游中。预支金额及手续费（20%：0.20、0.40 或 1 马纳特）从下一笔到账的资金中优先扣除；每次申请收费 0.06 马纳特。20 天内未还清的，不能再次预支。"}',
    jsonb_build_object('fee', pg_temp.fact('BK-KK', 'confirmed'), 'denominations', pg_temp.fact('BK-KK', 'confirmed'),
        'dialCode', pg_temp.fact('BK-KK', 'confirmed'), 'terms', pg_temp.fact('BK-KK', 'confirmed'),
        'minAmount', pg_temp.unknown_fact(), 'maxAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact()));

-- Nar Kredit: 0.50, 1, 2 or 3 AZN for a fee of 20%, 0.08 AZN a successful request; prepaid, active,
-- 30 days on the network with a top-up (or 1 AZN within 7 days of activation); works in roaming;
-- paid back from the next top-up.
insert into channel (id, kind, names, operator, carriers, payment_methods, currency, denominations,
    fee_percent, fee_fixed, cities, languages, steps, verified, notes, source, verified_on, dial_code, terms, facts)
values ('nar-kredit', 'credit-advance',
    '{"en": "Nar Kredit (credit advance)", "az": "Nar Kredit", "ru": "Nar Kredit (кредит оператора)", "zh": "Nar Kredit（预支的话费）"}',
    'Nar', '{nar}', '{}', 'AZN', '{0.50,1.00,2.00,3.00}', 20.00, 0.08, '{}', '{az,en,ru}',
    '{"en": ["Dial *700#05#YES for 0.50 AZN, *700#01#YES for 1 AZN, *700#02#YES for 2 AZN or *700#03#YES for 3 AZN (*700#YES gives the most you may take).", "*700#150#YES shows what you owe, free.", "Your next top-up pays the credit back, with its fee."],
      "az": ["0,50 AZN üçün *700#05#YES, 1 AZN üçün *700#01#YES, 2 AZN üçün *700#02#YES, 3 AZN üçün *700#03#YES yığın (*700#YES ala biləcəyiniz ən böyük krediti verir).", "Borcunuzu pulsuz *700#150#YES ilə yoxlayın.", "Növbəti balans artımından kredit və onun xidmət haqqı tutulur."],
      "ru": ["Наберите *700#05#YES — 0,50 AZN, *700#01#YES — 1 AZN, *700#02#YES — 2 AZN или *700#03#YES — 3 AZN (*700#YES даёт наибольшую доступную вам сумму).", "*700#150#YES бесплатно покажет ваш долг.", "При следующем пополнении списываются кредит и плата за него."],
      "zh": ["拨打 *700#05#YES 预支 0.50 马纳特，*700#01#YES 预支 1 马纳特，*700#02#YES 预支 2 马纳特，*700#03#YES 预支 3 马纳特（拨打 *700#YES 可预支您能获得的最高额度）。", "拨打 *700#150#YES 免费查询欠费。", "下次充值时会扣除预支金额及手续费。"]}',
    true, 'Depending on the line''s history the limit can reach 10 AZN; SOS Kredit (*711#, 1 AZN for 0.40 AZN) is for those who reached it.',
    'Nar, Nar Kredit, https://nar.az/en/senin-ucun/nar-kredit', date '2026-12-03',
    '*700#05#YES, *700#01#YES, *700#02#YES, *700#03#YES',
    '{"en": "For prepaid Nar numbers in active status that have been on the network for at least 30 days and topped up at least once (or topped up with at least 1 AZN within 7 days of activation); it works in roaming. The credit and its fee (20%: 0.10, 0.20, 0.40 or 0.60 AZN) come off your next top-up; each request that succeeds costs 0.08 AZN.",
      "az": "Aktiv statusda olan, ən azı 30 gündür Nar şəbəkəsində olan və balansını ən azı bir dəfə artırmış (və ya aktivləşdirmədən sonra 7 gün ərzində ən azı 1 AZN artırmış) fakturasız nömrələr üçün; rouminqdə də işləyir. Kredit və onun xidmət haqqı (20%: 0,10, 0,20, 0,40 və ya 0,60 AZN) növbəti balans artımından tutulur; hər uğurlu sorğu 0,08 AZN-dir.",
      "ru": "Для номеров Nar с предоплатой в активном статусе, которые не менее 30 дней в сети и хотя бы раз пополнялись (или пополнены не менее чем на 1 AZN в течение 7 дней после активации); работает и в роуминге. Кредит и плата за него (20%: 0,10, 0,20, 0,40 или 0,60 AZN) списываются при следующем пополнении; каждый успешный запрос стоит 0,08 AZN.",
      "zh": "适用于处于正常状态的 Nar 预付费号码：入网至少 30 天且至少充值过一次（或激活后 7 天内充值至少 1 马纳特）；漫游时也可使用。预支金额及手续费（20%：0.10、0.20、0.40 或 0.60 马纳特）在下次充值时扣除；每次成功申请收费 0.08 马纳特。"}',
    jsonb_build_object('fee', pg_temp.fact('NAR-KREDIT', 'confirmed'), 'denominations', pg_temp.fact('NAR-KREDIT', 'confirmed'),
        'dialCode', pg_temp.fact('NAR-KREDIT', 'confirmed'), 'terms', pg_temp.fact('NAR-KREDIT', 'confirmed'),
        'minAmount', pg_temp.unknown_fact(), 'maxAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact()));

-- Azercell SimKredit: *200#YES (or SMS "kredit" to 9600), *200*7#YES shows the limit; the amount
-- depends on the line; paid back from the next top-up. Azercell's two copies of the page disagree
-- on whether prepaid lines may use it and on the request fee (0.05 or 0.08 AZN): reported, not
-- verified, and the fee unknown.
insert into channel (id, kind, names, operator, carriers, payment_methods, currency, denominations,
    fee_percent, fee_fixed, cities, languages, steps, verified, notes, source, verified_on, dial_code, terms, facts)
values ('azercell-simkredit', 'credit-advance',
    '{"en": "Azercell SimKredit (credit advance)", "az": "Azercell SimKredit", "ru": "Azercell SimKredit (кредит оператора)", "zh": "Azercell SimKredit（预支的话费）"}',
    'Azercell', '{azercell}', '{}', 'AZN', '{}', null, null, '{}', '{az,en,ru}',
    '{"en": ["Dial *200*7#YES to see the most you may take.", "Dial *200#YES, or send an SMS with the word kredit to 9600, to take it.", "Your next top-up pays the credit back, with its fees."],
      "az": ["Ala biləcəyiniz ən böyük məbləği görmək üçün *200*7#YES yığın.", "Krediti almaq üçün *200#YES yığın və ya 9600 nömrəsinə kredit sözü ilə SMS göndərin.", "Növbəti balans artımından kredit və onun haqları tutulur."],
      "ru": ["Наберите *200*7#YES, чтобы узнать, сколько вам доступно.", "Наберите *200#YES или отправьте SMS со словом kredit на 9600, чтобы взять кредит.", "При следующем пополнении списываются кредит и плата за него."],
      "zh": ["拨打 *200*7#YES 查询您可预支的最高额度。", "拨打 *200#YES，或发送短信 kredit 至 9600，即可预支。", "下次充值时会扣除预支金额及相关费用。"]}',
    false, 'The page at www.azercell.com speaks of SimSim balances; its copy without www. says only postpaid lines may use SimKredit, and gives a request fee of 0.08 AZN where the other gives 0.05 AZN. Both say the debt is taken from the next top-up.',
    'Azercell, 0 balance options: SimKredit, https://www.azercell.com/en/personal/plans-and-services/services-and-options/0-balance-options/sim-credit.html', date '2026-12-03',
    '*200#YES',
    '{"en": "The amount depends on how long the line has been active and on its top-ups. The credit and its fees are taken from your next top-up. Azercell''s own pages disagree on whether prepaid (SimSim) lines may use it: dial *200*7#YES first to see whether you can.",
      "az": "Məbləğ xəttin nə qədər müddətdir aktiv olmasından və balans artımlarından asılıdır. Kredit və onun haqları növbəti balans artımından tutulur. Azercell-in öz səhifələri fakturasız (SimSim) xətlərin bu xidmətdən istifadə edə bilib-bilməməsi barədə fərqli məlumat verir: əvvəlcə *200*7#YES yığıb yoxlayın.",
      "ru": "Сумма зависит от того, как давно активна линия и как её пополняли. Кредит и плата за него списываются при следующем пополнении. Страницы самого Azercell расходятся в том, доступна ли услуга линиям с предоплатой (SimSim): сначала наберите *200*7#YES и проверьте.",
      "zh": "额度取决于号码的使用时长和充值记录。预支金额及相关费用在下次充值时扣除。Azercell 官网不同页面对预付费（SimSim）号码能否使用此服务说法不一：请先拨打 *200*7#YES 查询。"}',
    jsonb_build_object('fee', pg_temp.unknown_fact(), 'denominations', pg_temp.unknown_fact(),
        'dialCode', pg_temp.fact('AZ-SIMKREDIT', 'reported'), 'terms', pg_temp.fact('AZ-SIMKREDIT', 'reported'),
        'minAmount', pg_temp.unknown_fact(), 'maxAmount', pg_temp.unknown_fact(), 'minutesToCredit', pg_temp.unknown_fact()));

-- the carriers' notes no longer carry what is now data of its own
update carrier set notes = null, version = version + 1
where id = 'bakcell' and notes = 'Credit advance (KlassKredit) *250*1/2/5#: a top-up pays it back first.';
update carrier set notes = replace(notes, ' Nar Credit advances 0.5-3 AZN with a 20% fee are paid back first from a top-up.', ''),
    version = version + 1
where id = 'nar' and notes like '%Nar Credit advances 0.5-3 AZN%';
