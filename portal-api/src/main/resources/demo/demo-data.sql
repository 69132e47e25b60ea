-- Demo data of PRODUCT.md §7, loaded at start-up when portal.demo-data=true (the dev and test
-- profiles). Runs on every start: it adds what is missing and puts the demo people back in their
-- demo state (Per's stale profile, Ola's basis access), so a restart resets the walk-through.
-- Anything else (new patients, conversations) is left as it is.

insert into clinic (org_number, name, phone, consultation_fee_nok) values
    ('910000004', 'Demo Legesenter', '22 00 00 00', 224),
    ('920000002', 'Fjord Legekontor', '57 00 00 00', 224)
on conflict (org_number) do update set name = excluded.name, phone = excluded.phone,
    consultation_fee_nok = excluded.consultation_fee_nok;

insert into gp (hpr_number, name, clinic_org, role) values
    ('9100001', 'Lise Berg', '910000004', 'GP'),
    ('9100002', 'Anne Dahl', '910000004', 'OFFICE'),
    ('9200001', 'Nils Fjell', '920000002', 'GP')
on conflict (hpr_number) do update set name = excluded.name, clinic_org = excluded.clinic_org, role = excluded.role,
    removed_at = null, revision = gp.revision + 1, announced = false;
-- DemoData then announces them to the inbox (PractitionerRegistered), which admits staff tokens only
-- for registered practitioners (issue 19); the raised revision makes the inbox take them back as they are.

insert into patient (id, national_id, name, birth_date, clinic_org, gp_hpr, access_level,
                     full_access_consented_at, consent_terms_version, mobile, email, notify_by_sms,
                     notify_by_email, profile_confirmed_at) values
    ('00000000-0000-4000-8000-000000000001', '14838510036', 'Kari Nordmann', '1985-03-14', '910000004', '9100001',
     'FULL', now() - interval '1 year', '2024-01', '+4791234567', 'kari@example.no', true, true, now() - interval '2 months'),
    ('00000000-0000-4000-8000-000000000002', '02917910181', 'Ola Nordmann', '1979-11-02', '910000004', '9100001',
     'BASIS', null, null, '+4792345678', 'ola@example.no', true, false, now() - interval '1 month'),
    ('00000000-0000-4000-8000-000000000003', '21876210131', 'Per Hansen', '1962-07-21', '910000004', '9100001',
     'FULL', now() - interval '2 years', '2024-01', '+4793456789', 'per@example.no', true, false, now() - interval '19 months'),
    ('00000000-0000-4000-8000-000000000004', '09851650005', 'Emma Nordmann', '2016-05-09', '910000004', '9100001',
     'BASIS', null, null, null, null, false, false, null),
    ('00000000-0000-4000-8000-000000000005', '18860950142', 'Jonas Nordmann', '2009-06-18', '910000004', '9100001',
     'BASIS', null, null, null, null, false, false, null),
    ('00000000-0000-4000-8000-000000000006', '30819010095', 'Ingrid Fjell', '1990-01-30', '920000002', '9200001',
     'FULL', now() - interval '1 year', '2024-01', '+4794567890', 'ingrid@example.no', false, true, now() - interval '3 months')
on conflict (national_id) do update set
    name = excluded.name, birth_date = excluded.birth_date, clinic_org = excluded.clinic_org,
    gp_hpr = excluded.gp_hpr, access_level = excluded.access_level,
    full_access_consented_at = excluded.full_access_consented_at,
    consent_terms_version = excluded.consent_terms_version, mobile = excluded.mobile, email = excluded.email,
    notify_by_sms = excluded.notify_by_sms, notify_by_email = excluded.notify_by_email,
    profile_confirmed_at = excluded.profile_confirmed_at;

-- Anne Dahl is office staff (role OFFICE): she answers from the inbox and has no patient list.

insert into guardianship (id, guardian_id, child_id, clinic_org, created_at) values
    ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-8000-000000000001',
     '00000000-0000-4000-8000-000000000004', '910000004', now()),
    ('00000000-0000-4000-9000-000000000002', '00000000-0000-4000-8000-000000000001',
     '00000000-0000-4000-8000-000000000005', '910000004', now())
on conflict (id) do update set ended_at = null;

-- Clinical records (R5, R6, R10), as Demo Legesenter's record system would push them. Dates are
-- relative to today, so that Kari's prescriptions and sick note stay active (or expired) on every
-- start; fixed ids and external ids keep the rows the same rows.
insert into prescription (id, clinic_org, external_id, patient_id, medication, dosage, issued_on, valid_until,
                          prescriber_hpr, updated_at) values
    ('00000000-0000-4000-a000-000000000001', '910000004', 'demo-rx-1', '00000000-0000-4000-8000-000000000001',
     'Levaxin 50 mikrog tablett', '1 tablett om morgenen', current_date - 200, current_date + 165, '9100001', now()),
    ('00000000-0000-4000-a000-000000000002', '910000004', 'demo-rx-2', '00000000-0000-4000-8000-000000000001',
     'Ventoline 0,1 mg/dose inhalasjonsaerosol', '1–2 doser ved behov, høyst 8 doser i døgnet',
     current_date - 90, current_date + 275, '9100001', now()),
    ('00000000-0000-4000-a000-000000000003', '910000004', 'demo-rx-3', '00000000-0000-4000-8000-000000000001',
     'Amoxicillin 500 mg kapsel', '1 kapsel 3 ganger daglig i 7 dager', current_date - 400, current_date - 35,
     '9100001', now())
on conflict (id) do update set
    clinic_org = excluded.clinic_org, external_id = excluded.external_id, patient_id = excluded.patient_id,
    medication = excluded.medication, dosage = excluded.dosage, issued_on = excluded.issued_on,
    valid_until = excluded.valid_until, prescriber_hpr = excluded.prescriber_hpr, updated_at = excluded.updated_at;

insert into vaccination (id, clinic_org, external_id, patient_id, vaccine, given_on, given_by, updated_at) values
    ('00000000-0000-4000-a100-000000000001', '910000004', 'demo-vax-1', '00000000-0000-4000-8000-000000000001',
     'Influensavaksine', current_date - 45, 'Anne Dahl, Demo Legesenter', now()),
    ('00000000-0000-4000-a100-000000000002', '910000004', 'demo-vax-2', '00000000-0000-4000-8000-000000000001',
     'Koronavaksine (Comirnaty)', current_date - 60, 'Anne Dahl, Demo Legesenter', now()),
    ('00000000-0000-4000-a100-000000000003', '910000004', 'demo-vax-3', '00000000-0000-4000-8000-000000000001',
     'Stivkrampe, difteri og kikhoste (Boostrix)', current_date - 1500, 'Lise Berg, Demo Legesenter', now()),
    ('00000000-0000-4000-a100-000000000004', '910000004', 'demo-vax-4', '00000000-0000-4000-8000-000000000004',
     'MMR (meslinger, kusma, røde hunder), dose 2', current_date - 800, 'Helsestasjonen', now())
on conflict (id) do update set
    clinic_org = excluded.clinic_org, external_id = excluded.external_id, patient_id = excluded.patient_id,
    vaccine = excluded.vaccine, given_on = excluded.given_on, given_by = excluded.given_by,
    updated_at = excluded.updated_at;

insert into sick_note (id, clinic_org, external_id, patient_id, from_date, to_date, grade_percent, updated_at) values
    ('00000000-0000-4000-b000-000000000001', '910000004', 'demo-sm-1', '00000000-0000-4000-8000-000000000001',
     current_date - 10, current_date + 4, 100, now())
on conflict (id) do update set
    clinic_org = excluded.clinic_org, external_id = excluded.external_id, patient_id = excluded.patient_id,
    from_date = excluded.from_date, to_date = excluded.to_date, grade_percent = excluded.grade_percent,
    updated_at = excluded.updated_at;
-- Appointments (R4)
-- Lise Berg's slots for the next 10 business days (Monday to Friday, not Norwegian public holidays:
-- the fixed ones and those that follow Easter, computed with the Gregorian Easter rule), 08:00 to
-- 15:40 every 20 minutes, Oslo time. 11:20 and 11:40 are kept for the phone (not online-bookable).
-- Each slot's external id is demo-<date>-<HHMM> and its id is derived from it, so a restart adds only
-- the days that are new and leaves existing slots (and their bookings) alone.
with years as (
    select y from generate_series(extract(year from now() at time zone 'Europe/Oslo')::int,
                                  extract(year from now() at time zone 'Europe/Oslo')::int + 1) y
), easter as (
    select y, make_date(y, (h + l - 7 * m7 + 114) / 31, (h + l - 7 * m7 + 114) % 31 + 1) as sunday
    from years,
        lateral (select y % 19 as a, y / 100 as b, y % 100 as c) s1,
        lateral (select b / 4 as b4, b % 4 as e, (b + 8) / 25 as f) s2,
        lateral (select (19 * a + b - b4 - (b - f + 1) / 3 + 15) % 30 as h, c / 4 as i, c % 4 as k) s3,
        lateral (select (32 + 2 * e + 2 * i - h - k) % 7 as l) s4,
        lateral (select (a + 11 * h + 22 * l) / 451 as m7) s5
), holidays as (
    select sunday + o as day from easter, unnest(array[-3, -2, 0, 1, 39, 49, 50]) o
    union all
    select make_date(y, md[1], md[2]) from years,
        (values (array[1, 1]), (array[5, 1]), (array[5, 17]), (array[12, 25]), (array[12, 26])) v(md)
), business_days as (
    select day from (select (now() at time zone 'Europe/Oslo')::date + n as day from generate_series(0, 40) n) d
    where extract(isodow from day) < 6 and day not in (select day from holidays)
    order by day
    limit 10
), times as (
    select time '08:00' + n * interval '20 minutes' as t from generate_series(0, 23) n
), demo_slots as (
    select 'demo-' || to_char(day, 'YYYY-MM-DD') || '-' || to_char(t, 'HH24MI') as external_id, day, t
    from business_days, times
)
insert into slot (id, clinic_org, external_id, gp_hpr, starts_at, ends_at, online_bookable, updated_at)
select md5(external_id)::uuid, '910000004', external_id, '9100001',
       (day + t) at time zone 'Europe/Oslo', (day + t + interval '20 minutes') at time zone 'Europe/Oslo',
       t not in (time '11:20', time '11:40'), now()
from demo_slots
on conflict (clinic_org, external_id) do nothing;

-- Kari's appointment with Lise Berg last month, which she attended (it stays where the first start
-- put it). Its invoice is issued after this script, by DemoData through InvoiceService, as every
-- attended appointment's is.
insert into slot (id, clinic_org, external_id, gp_hpr, starts_at, ends_at, online_bookable, updated_at) values
    ('00000000-0000-4000-a000-000000000001', '910000004', 'demo-kari-last-month', '9100001',
     ((now() at time zone 'Europe/Oslo')::date - 30 + time '10:20') at time zone 'Europe/Oslo',
     ((now() at time zone 'Europe/Oslo')::date - 30 + time '10:40') at time zone 'Europe/Oslo', true, now())
on conflict do nothing;

insert into appointment (id, slot_id, patient_id, booked_by_id, clinic_org, reason, status, booked_at, attended,
                         received_by_clinic_at)
select '00000000-0000-4000-a100-000000000001', s.id, '00000000-0000-4000-8000-000000000001',
       '00000000-0000-4000-8000-000000000001', '910000004', 'Kontroll av blodtrykk', 'BOOKED',
       s.starts_at - interval '7 days', true, s.starts_at - interval '7 days'
from slot s where s.id = '00000000-0000-4000-a000-000000000001'
on conflict do nothing;
