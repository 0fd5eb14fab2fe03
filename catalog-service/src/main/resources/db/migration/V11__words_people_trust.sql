-- Words people trust (issue 26): the seed's Azerbaijani, Russian and Chinese texts as a native
-- reader would write them, with the carriers' own terms (docs/glossary.md): carrier names in Latin
-- letters in every language, a scratch card is never a "payment card", the placeholders people dial
-- are in their language. Facts are not touched.

-- Azerbaijani
-- Azerbaijani (az) seed texts of the catalog, corrected: only the rows and fields that change.
-- Terms as the carriers write them: "danışıq kartı" for a scratch card (Azercell: "ödəniş (danışıq)
-- kartı"; "ödəniş kartı" alone reads as a bank card), "ofis" for a carrier's shop (Azercell
-- "Eksklüziv ofisləri", Bakcell "Bakcellim ofisləri"), "şəxsiyyət vəsiqəsi" for the ID people bring,
-- "balans artırma" for a top-up, AZN in amounts; placeholders shown to people are in Azerbaijani.
-- Each changed record moves its version on and is published to catalog-changes, as V9 does.

-- the carriers' shops
update channel set names = jsonb_set(names, '{az}', to_jsonb('Azercell ofisi, Bakı'::text)),
    steps = jsonb_set(steps, '{az}', '["Bakı şəhərində Azercell ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'azercell-store-baku';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Azercell ofisi, Gəncə'::text)),
    steps = jsonb_set(steps, '{az}', '["Gəncə şəhərində Azercell ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'azercell-store-ganja';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Bakcell ofisi, Bakı'::text)),
    steps = jsonb_set(steps, '{az}', '["Bakı şəhərində Bakcell ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'bakcell-store-baku';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Bakcell ofisi, Gəncə'::text)),
    steps = jsonb_set(steps, '{az}', '["Gəncə şəhərində Bakcell ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'bakcell-store-ganja';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Nar ofisi, Bakı'::text)),
    steps = jsonb_set(steps, '{az}', '["Bakı şəhərində Nar ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'nar-store-baku';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Nar ofisi, Gəncə'::text)),
    steps = jsonb_set(steps, '{az}', '["Gəncə şəhərində Nar ofisinə gedin; şəxsiyyət vəsiqənizi (və ya pasportunuzu) və SIM kartı götürün.", "Əməkdaşa nömrənizi və məbləği deyin.", "Nağd pulla (AZN) və ya kartla ödəyin və qəbzi saxlayın."]'::jsonb),
    version = version + 1
where id = 'nar-store-ganja';

-- scratch cards: "danışıq kartı", and the code's placeholder in Azerbaijani
update channel set names = jsonb_set(names, '{az}', to_jsonb('Azercell danışıq kartı'::text)),
    steps = jsonb_set(steps, '{az}', '["Mağazadan Azercell danışıq kartı alın və kartın üzərindəki qoruyucu təbəqəni qaşıyıb kodu açın.", "Balansı artırmaq üçün telefondan *101*<kartın kodu>#YES yığın.", "Balansı yoxlayın."]'::jsonb),
    version = version + 1
where id = 'azercell-scratch-card';
update channel set names = jsonb_set(names, '{az}', to_jsonb('Nar danışıq kartı'::text)),
    steps = jsonb_set(steps, '{az}', '["Mağazadan Nar danışıq kartı alın və kartın üzərindəki qoruyucu təbəqəni qaşıyıb kodu açın.", "Balansı artırmaq üçün telefondan *777#11#<kartın kodu>#YES yığın.", "Balansı yoxlayın."]'::jsonb),
    version = version + 1
where id = 'nar-scratch-card';

-- apps: a name takes no suffix of its own ("Birbank-ı", "Paysend-i"); a wallet is an e-wallet
update channel set steps = jsonb_set(steps, '{az}', '["Birbank tətbiqini açın, «Ödənişlər», sonra «Mobil operatorlar» bölməsini seçin.", "Operatoru seçin, nömrəni və məbləği daxil edin.", "Ödənişi təsdiqləyin; Azercell nömrəsi üçün müəyyən tarixdə və ya balans müəyyən həddə düşəndə avtomatik balans artırma da qura bilərsiniz."]'::jsonb),
    version = version + 1
where id = 'birbank-app';
update channel set steps = jsonb_set(steps, '{az}', '["Paysend tətbiqini açın və Azərbaycana mobil balans artırma xidmətini tapın.", "Nömrəni və məbləği daxil edin.", "Bank kartınızla ödəyin."]'::jsonb),
    version = version + 1
where id = 'paysend';
update channel set steps = jsonb_set(steps, '{az}', '["ding.com saytını və ya Ding tətbiqini açın.", "Nömrəni +994 ilə daxil edin və məbləği seçin.", "Bank kartı və ya elektron pul kisəsi ilə ödəyin."]'::jsonb),
    version = version + 1
where id = 'ding';

-- the demo promotion: "balans artırma", and Novruz as a holiday
update promotion set texts = jsonb_set(texts, '{az}', to_jsonb('Nümunə təklif (real Azercell kampaniyası deyil): Novruz bayramında 10 AZN və daha çox məbləğdə onlayn balans artırmaya əlavə 1 GB internet.'::text)),
    version = version + 1
where id = 'demo-azercell-novruz-bonus';

-- Russian
-- Russian seed texts, corrected (ru only). Carrier names are written as the carriers write them, in
-- Latin letters, in every language; a scratch card is a "скретч-карта" (not "карта оплаты", which reads
-- as a bank card next to "оплатил картой"); placeholders in steps are in Russian. Each row touched
-- gets version + 1, as V6 and V9 do.

-- carriers: names.ru
update carrier set names = jsonb_set(names, '{ru}', to_jsonb('Azercell'::text)), version = version + 1 where id = 'azercell';
update carrier set names = jsonb_set(names, '{ru}', to_jsonb('Bakcell'::text)), version = version + 1 where id = 'bakcell';
update carrier set names = jsonb_set(names, '{ru}', to_jsonb('Nar'::text)), version = version + 1 where id = 'nar';
update carrier set names = jsonb_set(names, '{ru}', to_jsonb('Naxtel'::text)), version = version + 1 where id = 'naxtel';
update carrier set names = jsonb_set(names, '{ru}', to_jsonb('Aztelekom'::text)), version = version + 1 where id = 'aztelekom';

-- channels: names.ru
update channel set names = jsonb_set(names, '{ru}', to_jsonb('Azercell Кабинетим (сайт и приложение)'::text)) where id = 'azercell-kabinetim';
update channel set names = jsonb_set(names, '{ru}', to_jsonb('Скретч-карта Azercell'::text)) where id = 'azercell-scratch-card';
update channel set names = jsonb_set(names, '{ru}', to_jsonb('Скретч-карта Nar'::text)) where id = 'nar-scratch-card';

-- channels: steps.ru
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте azercell.com или приложение Кабинетим и выберите пополнение баланса.", "Введите номер и сумму не менее 1 AZN.", "Оплатите картой; баланс пополнится в течение 30 минут."]'::jsonb) where id = 'azercell-kabinetim';
update channel set steps = jsonb_set(steps, '{ru}', '["Купите скретч-карту Azercell в магазине и сотрите защитный слой.", "Наберите на телефоне *101*<код карты>#YES.", "Проверьте баланс."]'::jsonb) where id = 'azercell-scratch-card';
update channel set steps = jsonb_set(steps, '{ru}', '["Купите скретч-карту Nar в магазине и сотрите защитный слой.", "Наберите на телефоне *777#11#<код карты>#YES.", "Проверьте баланс."]'::jsonb) where id = 'nar-scratch-card';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Azercell в Баку; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'azercell-store-baku';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Azercell в Гяндже; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'azercell-store-ganja';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Bakcell в Баку; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'bakcell-store-baku';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Bakcell в Гяндже; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'bakcell-store-ganja';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Nar в Баку; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'nar-store-baku';
update channel set steps = jsonb_set(steps, '{ru}', '["Зайдите в салон Nar в Гяндже; возьмите с собой паспорт и SIM-карту.", "Назовите сотруднику номер и сумму.", "Оплатите наличными (AZN) или картой и сохраните чек."]'::jsonb) where id = 'nar-store-ganja';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте bakcell.com или приложение Bakcell и выберите пополнение баланса.", "Введите номер и сумму.", "Оплатите картой и проверьте баланс: *100#YES."]'::jsonb) where id = 'bakcell-app';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте приложение Nar+ и выберите пополнение баланса.", "Введите номер и сумму.", "Оплатите картой и проверьте баланс: *777#YES."]'::jsonb) where id = 'nar-plus';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте Birbank и выберите «Платежи», затем «Мобильные операторы».", "Выберите оператора, введите номер и сумму.", "Подтвердите платёж. Для Azercell можно также настроить автопополнение: в нужный день или когда баланс опустится ниже порога."]'::jsonb) where id = 'birbank-app';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте ding.com или приложение Ding.", "Введите номер с +994 и выберите сумму.", "Оплатите картой или электронным кошельком."]'::jsonb) where id = 'ding';
update channel set steps = jsonb_set(steps, '{ru}', '["Найдите терминал E-manat: они стоят в торговых центрах, аэропортах и метро.", "Выберите оператора, введите номер и проверьте его на экране.", "Вносите купюры (AZN): терминал не даёт сдачи, поэтому возьмите мелкие купюры."]'::jsonb) where id = 'emanat-kiosk';
update channel set steps = jsonb_set(steps, '{ru}', '["Найдите терминал MilliÖN: они стоят в торговых центрах, аэропортах и метро.", "Выберите оператора, введите номер и проверьте его на экране.", "Вносите купюры (AZN): терминал не даёт сдачи, поэтому возьмите мелкие купюры."]'::jsonb) where id = 'millon-kiosk';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте приложение своего банка и найдите пополнение мобильного телефона.", "Выберите оператора, введите номер и сумму.", "Подтвердите платёж."]'::jsonb) where id = 'local-bank-apps';
update channel set steps = jsonb_set(steps, '{ru}', '["Откройте Paysend и найдите пополнение мобильного телефона в Азербайджане.", "Введите номер и сумму.", "Оплатите картой."]'::jsonb) where id = 'paysend';

-- each channel above was touched once or twice; its version goes up once
update channel set version = version + 1 where id in ('azercell-kabinetim', 'azercell-scratch-card', 'nar-scratch-card',
    'azercell-store-baku', 'azercell-store-ganja', 'bakcell-store-baku', 'bakcell-store-ganja', 'nar-store-baku', 'nar-store-ganja',
    'bakcell-app', 'nar-plus', 'birbank-app', 'ding', 'emanat-kiosk', 'millon-kiosk', 'local-bank-apps', 'paysend');

-- promotions: texts.ru
update promotion set texts = jsonb_set(texts, '{ru}', to_jsonb('Демо-предложение (не настоящая акция Azercell): +1 ГБ интернета при онлайн-пополнении от 10 AZN в дни Новруза.'::text)), version = version + 1
where id = 'demo-azercell-novruz-bonus';

-- Chinese
-- Chinese (zh) seed texts: corrections only. Carrier names (carrier.names->zh) are already the
-- carriers' own Latin spellings (Azercell, Bakcell, Nar, Naxtel, FONEX, Aztelekom) and are not touched.

-- Scratch cards: the placeholder in the dial code is in Chinese (<充值密码>, not the English <code>),
-- and one scratches off the coating to reveal the code (not "scratch open the code").
update channel set steps = jsonb_set(steps, '{zh}',
    '["在商店购买 Azercell 充值卡，刮开涂层，露出充值密码。", "在手机上拨打 *101*<充值密码>#YES 充值。", "查询余额。"]'::jsonb)
where id = 'azercell-scratch-card';

update channel set steps = jsonb_set(steps, '{zh}',
    '["在商店购买 Nar 充值卡，刮开涂层，露出充值密码。", "在手机上拨打 *777#11#<充值密码>#YES 充值。", "查询余额。"]'::jsonb)
where id = 'nar-scratch-card';

-- Birbank: "余额阈值" is engineering jargon; say it as people do.
update channel set steps = jsonb_set(steps, '{zh}',
    '["打开 Birbank，选择“付款”→“移动运营商”。", "选择运营商，输入号码和金额。", "确认付款；Azercell 号码还可以设置自动充值：按日期充值，或在余额低于设定金额时充值。"]'::jsonb)
where id = 'birbank-app';

-- Each changed record is published to catalog-changes by the relay, as a write would be
insert into catalog_change (entity, entity_id, change, version)
select 'channel', id, 'updated', version from channel
union all select 'carrier', id, 'updated', version from carrier where id in ('azercell', 'bakcell', 'nar', 'naxtel', 'aztelekom')
union all select 'promotion', id, 'updated', version from promotion where id = 'demo-azercell-novruz-bonus';
