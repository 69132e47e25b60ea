-- submitted_by_name is set only when someone other than the patient sent the request (a guardian).
alter table inbox_item alter column submitted_by_name drop not null;
update inbox_item set submitted_by_name = null where submitted_by_name = patient_name;
