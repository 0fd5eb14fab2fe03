-- Every seeded fact cites a source a person can open or find: the carriers' and operators' own
-- pages, their press releases, libphonenumber, the providers' documentation. The seed cited the
-- project's research notes instead, which nobody outside the project has. Facts and dates stay as
-- they were; where only a secondary source stands behind a fact, the row says so and stays unverified.

update carrier set source = 'Azercell, Payment and balance, https://www.azercell.com; Azercell press release, 1 June 2024 (electronic top-ups from 1 AZN)'
    where id = 'azercell';
update carrier set source = 'Bakcell, https://www.bakcell.com (balance *100#YES; KlassKredit credit advance *250*1/2/5#)'
    where id = 'bakcell';
update carrier set source = 'Nar, https://www.nar.az (balance *777#YES or *100#YES; Nar Credit); google/libphonenumber, resources/carrier/en/994.txt (prefixes 070, 077)'
    where id = 'nar';

update channel set source = 'Azercell, https://www.azercell.com (shops and service centres); a Chinese-language travellers'' guide to topping up an Azerbaijani SIM (secondary)'
    where id in ('azercell-store-baku', 'azercell-store-ganja');
update channel set source = 'Bakcell, https://www.bakcell.com (shops and service centres); a Chinese-language travellers'' guide to topping up an Azerbaijani SIM (secondary)'
    where id in ('bakcell-store-baku', 'bakcell-store-ganja');
update channel set source = 'Nar, https://www.nar.az (Nar centres); a Chinese-language travellers'' guide to topping up an Azerbaijani SIM (secondary)'
    where id in ('nar-store-baku', 'nar-store-ganja');
update channel set source = 'Bakcell, https://www.bakcell.com (online top-up and the Bakcell app)'
    where id = 'bakcell-app';
update channel set source = 'Nar, https://www.nar.az (the Nar+ app)'
    where id = 'nar-plus';
update channel set source = 'MilliÖN payment terminals, run by PAŞA Pay (no public page of fees or limits found); Azercell, https://www.azercell.com, scratch cards page (kiosk and online payments reach the balance within 30 minutes)'
    where id = 'millon-kiosk';
update channel set source = 'E-manat payment terminals (no public page of fees or limits found); Azercell, https://www.azercell.com, scratch cards page (kiosk and online payments reach the balance within 30 minutes)'
    where id = 'emanat-kiosk';
update channel set source = 'Azercell press release, 5 November 2021 (Birbank automatic top-up); the banks'' own app pages, not checked one by one'
    where id = 'local-bank-apps';
update channel set source = 'Azercell, Payment and balance: scratch cards, https://www.azercell.com (values 1 to 100 AZN, *101*code#YES, serial check by SMS to 1003)'
    where id = 'azercell-scratch-card';
update channel set source = 'Nar, https://www.nar.az (cards: *777#11#code#YES)'
    where id = 'nar-scratch-card';
update channel set source = 'Ding, https://www.ding.com (prices quoted per transfer); Ding Connect API documentation, FAQ, https://www.dingconnect.com/Api/Faq'
    where id = 'ding';
update channel set source = 'Paysend, https://paysend.com/en/send-money (prices quoted per transfer); named by a Chinese-language travellers'' guide to topping up an Azerbaijani SIM (secondary: whether it tops up Azerbaijani numbers is not verified)'
    where id = 'paysend';
update channel set notes = 'Named by a Chinese-language travellers'' guide; whether it tops up Azerbaijani numbers today is not verified.'
    where id = 'paysend' and notes like 'Named by the founding article%';
