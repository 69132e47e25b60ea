-- Clinic systems register their own practitioners (issue 12): GPs, who have patient lists and
-- answer e-consultations, and office staff. Both live in gp, told apart by role.
alter table gp add column role text not null default 'GP' check (role in ('GP', 'OFFICE'));
