-- Issue 17: the conversation follows the clinic's latest state, not the order events arrive in.
-- clinic_revision is the revision of the inbox item's state last applied (0: none yet); an older
-- or equal one is not applied again. patient_messages counts the request and its follow-ups: the
-- clinic's status is shown only once the clinic has seen all of them, so a reply that crossed a
-- follow-up does not hide it.
alter table conversation
    add column clinic_revision  bigint  not null default 0,
    add column patient_messages integer not null default 1;

update conversation c set patient_messages = m.n
from (select conversation_id, count(*) as n from conversation_message where sender = 'PATIENT'
      group by conversation_id) m
where m.conversation_id = c.id and m.n <> 1;
