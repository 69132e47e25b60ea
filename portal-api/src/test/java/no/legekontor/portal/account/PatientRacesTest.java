package no.legekontor.portal.account;

import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.Race;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.client.model.PatientRegistration;
import org.junit.jupiter.api.Test;

/**
 * A patient confirms the profile while the clinic system registers them again (a new name) at the
 * same moment (issue 17): both changes stay, {@value Race#ROUNDS} times.
 */
@QuarkusTest
class PatientRacesTest {

    @Test
    void aProfileUpdateAndTheClinicsRegistrationAtOnceKeepBoth() {
        String patient = Accounts.register("Navn Før", LocalDate.of(1979, 4, 2));
        for (int round = 0; round < Race.ROUNDS; round++) {
            String mobile = "+479000" + String.format("%04d", round);
            String name = "Navn Etter " + round;
            var outcomes = Race.run(
                    () -> asPatient(patient).body(Map.of("mobile", mobile, "email", "", "notifyBySms", true,
                            "notifyByEmail", false)).put("/api/v1/me/profile").then().extract().statusCode(),
                    () -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().registerPatientWithHttpInfo(
                            new PatientRegistration().nationalId(patient).name(name).gpHpr(Demo.LISE_BERG_HPR), null)
                            .getStatusCode());
            assertThat(Race.errors(outcomes)).isEmpty();
            assertThat(outcomes.first().get()).isEqualTo(200);
            assertThat(outcomes.second().get()).isEqualTo(200);

            Patient after = QuarkusTransaction.requiringNew().call(() ->
                    Patient.<Patient>find("nationalId", patient).firstResult());
            assertThat(after.name).isEqualTo(name);
            assertThat(after.mobile).isEqualTo(mobile);
        }
    }
}
