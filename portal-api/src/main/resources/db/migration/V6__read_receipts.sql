-- R13: the conversation shows when clinic staff first opened its inbox item (ItemRead).
alter table conversation add column read_by_clinic_at timestamptz;
