package no.legekontor.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.integration.PushedRecord;
import no.legekontor.portal.integration.RegistrationService;
import no.legekontor.portal.prescription.Prescription;
import no.legekontor.portal.sicknote.SickNote;
import no.legekontor.portal.vaccination.Vaccination;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.problem.NotFound;

/**
 * What a clinic's record system pushes about its own patients: prescriptions, vaccinations, sick
 * notes. Each is an upsert by (clinic, externalId) in one statement, so the same record sent twice,
 * or by two workers at once, is one row; a changed record updates it. A patient who is not on the
 * caller's clinic's lists is not found: a clinic sees and changes only its own patients' data.
 */
@ApplicationScoped
@Transactional
public class RecordService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public RegistrationService.Outcome<PrescriptionRecord.Stored> upsertPrescription(String clinicOrg,
            PrescriptionRecord r) {
        Patient patient = ownPatient(clinicOrg, r.nationalId());
        notBefore("validUntil", r.validUntil(), r.issuedOn());
        Object[] row = upsert("prescription", """
                insert into prescription (id, clinic_org, external_id, patient_id, medication, dosage, issued_on,
                                          valid_until, prescriber_hpr, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (clinic_org, external_id) do update
                  set patient_id = excluded.patient_id, medication = excluded.medication, dosage = excluded.dosage,
                      issued_on = excluded.issued_on, valid_until = excluded.valid_until,
                      prescriber_hpr = excluded.prescriber_hpr, updated_at = excluded.updated_at
                returning id, (xmax = 0) as created""",
                clinicOrg, r.externalId().strip(), patient.id, r.medication().strip(), r.dosage().strip(),
                r.issuedOn(), r.validUntil(), r.prescriberHpr());
        return new RegistrationService.Outcome<>(new PrescriptionRecord.Stored((UUID) row[0], r.externalId().strip(),
                patient.nationalId, r.medication().strip(), r.dosage().strip(), r.issuedOn(), r.validUntil(),
                r.prescriberHpr()), (Boolean) row[1]);
    }

    public RegistrationService.Outcome<VaccinationRecord.Stored> upsertVaccination(String clinicOrg,
            VaccinationRecord r) {
        Patient patient = ownPatient(clinicOrg, r.nationalId());
        Object[] row = upsert("vaccination", """
                insert into vaccination (id, clinic_org, external_id, patient_id, vaccine, given_on, given_by,
                                         updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (clinic_org, external_id) do update
                  set patient_id = excluded.patient_id, vaccine = excluded.vaccine, given_on = excluded.given_on,
                      given_by = excluded.given_by, updated_at = excluded.updated_at
                returning id, (xmax = 0) as created""",
                clinicOrg, r.externalId().strip(), patient.id, r.vaccine().strip(), r.givenOn(), r.givenBy().strip());
        return new RegistrationService.Outcome<>(new VaccinationRecord.Stored((UUID) row[0], r.externalId().strip(),
                patient.nationalId, r.vaccine().strip(), r.givenOn(), r.givenBy().strip()), (Boolean) row[1]);
    }

    public RegistrationService.Outcome<SickNoteRecord.Stored> upsertSickNote(String clinicOrg, SickNoteRecord r) {
        Patient patient = ownPatient(clinicOrg, r.nationalId());
        notBefore("toDate", r.toDate(), r.fromDate());
        Object[] row = upsert("sick_note", """
                insert into sick_note (id, clinic_org, external_id, patient_id, from_date, to_date, grade_percent,
                                       updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (clinic_org, external_id) do update
                  set patient_id = excluded.patient_id, from_date = excluded.from_date, to_date = excluded.to_date,
                      grade_percent = excluded.grade_percent, updated_at = excluded.updated_at
                returning id, (xmax = 0) as created""",
                clinicOrg, r.externalId().strip(), patient.id, r.fromDate(), r.toDate(), r.gradePercent());
        return new RegistrationService.Outcome<>(new SickNoteRecord.Stored((UUID) row[0], r.externalId().strip(),
                patient.nationalId, r.fromDate(), r.toDate(), r.gradePercent()), (Boolean) row[1]);
    }

    /** A prescription the clinic pushed; another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PrescriptionRecord.Stored prescription(String clinicOrg, UUID id) {
        Prescription p = own(Prescription.class, clinicOrg, id);
        return new PrescriptionRecord.Stored(p.id, p.externalId, nationalIdOf(p.patientId), p.medication, p.dosage,
                p.issuedOn, p.validUntil, p.prescriberHpr);
    }

    /** A vaccination the clinic pushed; another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VaccinationRecord.Stored vaccination(String clinicOrg, UUID id) {
        Vaccination v = own(Vaccination.class, clinicOrg, id);
        return new VaccinationRecord.Stored(v.id, v.externalId, nationalIdOf(v.patientId), v.vaccine, v.givenOn,
                v.givenBy);
    }

    /** A sick note the clinic pushed; another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SickNoteRecord.Stored sickNote(String clinicOrg, UUID id) {
        SickNote n = own(SickNote.class, clinicOrg, id);
        return new SickNoteRecord.Stored(n.id, n.externalId, nationalIdOf(n.patientId), n.fromDate, n.toDate,
                n.gradePercent);
    }

    private <T extends PushedRecord> T own(Class<T> type, String clinicOrg, UUID id) {
        T record = em.find(type, id);
        if (record == null || !record.clinicOrg.equals(clinicOrg)) {
            throw new NotFound();
        }
        return record;
    }

    private static String nationalIdOf(UUID patientId) {
        return Patient.<Patient>findById(patientId).nationalId;
    }

    /** Runs an upsert of {@code table} whose first parameter is a fresh id and whose last is the update time. */
    private Object[] upsert(String table, String sql, Object... values) {
        var query = NativeSql.<Object[]>write(em, sql, table).setParameter(1, UUID.randomUUID());
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 2, values[i]);
        }
        query.setParameter(values.length + 2, clock.instant());
        return query.getSingleResult();
    }

    private static Patient ownPatient(String clinicOrg, String nationalId) {
        return Patient.byNationalId(RegistrationService.nationalId("nationalId", nationalId))
                .filter(p -> p.clinicOrg.equals(clinicOrg))
                .orElseThrow(NotFound::new);
    }

    private static void notBefore(String field, LocalDate value, LocalDate start) {
        if (value.isBefore(start)) {
            throw new InvalidInput(field, "before-start");
        }
    }
}
