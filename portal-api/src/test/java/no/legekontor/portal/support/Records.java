package no.legekontor.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.ApiResponse;
import no.legekontor.portal.client.model.PrescriptionRecord;
import no.legekontor.portal.client.model.SickNoteRecord;
import no.legekontor.portal.client.model.StoredSickNote;

/**
 * Pushes patients' records as Demo Legesenter's record system would, through the client generated
 * from the contract ({@link ClinicSystem}).
 */
public final class Records {

    private Records() {
    }

    /** A prescription issued by Lise Berg, valid for a year up to {@code validUntil}; returns its id. */
    public static String prescription(String nationalId, String medication, LocalDate validUntil) {
        return created(() -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().upsertPrescriptionWithHttpInfo(
                prescriptionRecord(nationalId, medication, validUntil), null)).getId().toString();
    }

    /** A prescription record with a fresh external id. */
    public static PrescriptionRecord prescriptionRecord(String nationalId, String medication, LocalDate validUntil) {
        return new PrescriptionRecord().externalId("rx-" + UUID.randomUUID()).nationalId(nationalId)
                .medication(medication).dosage("1 tablett daglig").issuedOn(validUntil.minusYears(1))
                .validUntil(validUntil).prescriberHpr(Demo.LISE_BERG_HPR);
    }

    /** A full-time sick note; returns its id. */
    public static String sickNote(String nationalId, LocalDate from, LocalDate to) {
        SickNoteRecord record = new SickNoteRecord().externalId("sm-" + UUID.randomUUID()).nationalId(nationalId)
                .fromDate(from).toDate(to).gradePercent(100);
        StoredSickNote stored = created(() -> ClinicSystem.of(Demo.DEMO_CLINIC).integration()
                .upsertSickNoteWithHttpInfo(record, null));
        return stored.getId().toString();
    }

    /** A call through the generated client that answers something. */
    @FunctionalInterface
    public interface Call<T> {
        ApiResponse<T> run() throws ApiException;
    }

    /** Makes a call that must create its record (201) and returns what was stored. */
    public static <T> T created(Call<T> call) {
        try {
            ApiResponse<T> answer = call.run();
            assertThat(answer.getStatusCode()).as("created").isEqualTo(201);
            return answer.getData();
        } catch (ApiException e) {
            throw new AssertionError("answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }
}
