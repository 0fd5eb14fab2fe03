-- Seed: the carriers named in shared/domain.md (checked November 2026).
insert into carrier (id, name, status, retired_on, source, verified_on) values
    ('azercell', 'Azercell', 'active', null,
     'google/libphonenumber resources/carrier/en/994.txt', date '2026-11-25'),
    ('bakcell', 'Bakcell', 'active', null,
     'google/libphonenumber resources/carrier/en/994.txt', date '2026-11-25'),
    ('nar', 'Nar (Azerfon LLC)', 'active', null,
     'google/libphonenumber resources/carrier/en/994.txt', date '2026-11-25'),
    ('naxtel', 'Naxtel', 'retired', date '2025-12-01',
     'news.day.az/azerinews/1777489.html', date '2026-11-25');
