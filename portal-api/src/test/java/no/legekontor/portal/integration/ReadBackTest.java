package no.legekontor.portal.integration;

import static no.legekontor.portal.support.ClinicSystem.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.ApiResponse;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.ClinicSlot;
import no.legekontor.portal.client.model.PatientRegistration;
import no.legekontor.portal.client.model.Practitioner;
import no.legekontor.portal.client.model.PractitionerRegistration;
import no.legekontor.portal.client.model.RegisteredPatient;
import no.legekontor.portal.client.model.Role;
import no.legekontor.portal.client.model.SlotUpsert;
import no.legekontor.portal.client.model.StoredPrescription;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.Records;
import org.junit.jupiter.api.Test;

/** Every 201 of the integration API names the new record in Location, and the clinic can read it there. */
@QuarkusTest
class ReadBackTest {

    final ClinicIntegrationApi demo = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
    final ClinicIntegrationApi fjord = ClinicSystem.of(Demo.FJORD_CLINIC).integration();

    private static URI location(ApiResponse<?> answer) {
        List<String> values = answer.getHeaders().get("location");
        assertThat(values).as("Location of the 201").hasSize(1);
        return URI.create(values.get(0));
    }

    @Test
    void registeredPatientIsAtItsLocationForItsClinicOnly() throws ApiException {
        String id = SyntheticIds.synthetic(LocalDate.of(1971, 3, 3), 55);
        ApiResponse<RegisteredPatient> created = demo.registerPatientWithHttpInfo(new PatientRegistration()
                .nationalId(id).name("Lese Lotte").gpHpr(Demo.LISE_BERG_HPR), null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        UUID patientId = created.getData().getId();
        assertThat(location(created).getPath()).isEqualTo("/api/v1/integration/patients/" + patientId);
        assertThat(demo.getPatient(patientId).getName()).isEqualTo("Lese Lotte");
        expectProblem(404, "not-found", () -> fjord.getPatient(patientId));
    }

    @Test
    void pushedPrescriptionIsAtItsLocation() throws ApiException {
        String patient = no.legekontor.portal.support.Accounts.register("Lese Resept", LocalDate.of(1972, 4, 4));
        ApiResponse<StoredPrescription> created = demo.upsertPrescriptionWithHttpInfo(
                Records.prescriptionRecord(patient, "Metformin 500 mg", LocalDate.now().plusMonths(8)), null);
        UUID id = created.getData().getId();
        assertThat(location(created).getPath()).isEqualTo("/api/v1/integration/prescriptions/" + id);
        assertThat(demo.getPrescription(id).getMedication()).isEqualTo("Metformin 500 mg");
        assertThat(demo.getPrescription(id).getNationalId()).isEqualTo(patient);
        expectProblem(404, "not-found", () -> fjord.getPrescription(id));
    }

    @Test
    void pushedSlotAndRegisteredPractitionerAreAtTheirLocations() throws ApiException {
        OffsetDateTime start = OffsetDateTime.now().plusDays(40).withHour(9).withMinute(0).withSecond(0).withNano(0);
        ApiResponse<ClinicSlot> slot = demo.upsertSlotWithHttpInfo(new SlotUpsert().externalId("read-" + UUID.randomUUID())
                .gpHpr(Demo.LISE_BERG_HPR).start(start).end(start.plusMinutes(20)).onlineBookable(true), null);
        UUID slotId = slot.getData().getId();
        assertThat(location(slot).getPath()).isEqualTo("/api/v1/integration/slots/" + slotId);
        assertThat(demo.getSlot(slotId).getGp().getHprNumber()).isEqualTo(Demo.LISE_BERG_HPR);

        ApiResponse<Practitioner> practitioner = demo.registerPractitionerWithHttpInfo(new PractitionerRegistration()
                .hprNumber("9100088").name("Lese Lege").role(Role.GP), null);
        assertThat(location(practitioner).getPath()).isEqualTo("/api/v1/integration/practitioners/9100088");
        assertThat(demo.getPractitioner("9100088").getName()).isEqualTo("Lese Lege");
        expectProblem(404, "not-found", () -> fjord.getPractitioner("9100088"));
    }
}
