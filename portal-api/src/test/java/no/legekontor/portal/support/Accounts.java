package no.legekontor.portal.support;

import static no.legekontor.portal.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.ApiResponse;
import no.legekontor.portal.client.model.Guardianship;
import no.legekontor.portal.client.model.GuardianshipRegistration;
import no.legekontor.portal.client.model.PatientRegistration;

/**
 * Sets up people for a test through the public APIs, as a clinic system (through the generated
 * client, see {@link ClinicSystem}) and the person would.
 */
public final class Accounts {

    private static int serial;

    private Accounts() {
    }

    /** A new person on Lise Berg's list, born on the given date: BASIS, profile never confirmed. */
    public static synchronized String register(String name, LocalDate born) {
        String nationalId = SyntheticIds.synthetic(born, 100 + serial++);
        return register(name, nationalId);
    }

    public static String register(String name, String nationalId) {
        PatientRegistration registration = new PatientRegistration().nationalId(nationalId).name(name)
                .gpHpr(Demo.LISE_BERG_HPR);
        try {
            int status = ClinicSystem.of(Demo.DEMO_CLINIC).integration().registerPatientWithHttpInfo(registration, null)
                    .getStatusCode();
            assertThat(status).as("registerPatient: created").isEqualTo(201);
        } catch (ApiException e) {
            throw new AssertionError("registerPatient answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
        return nationalId;
    }

    /** A new adult who has confirmed the profile and chosen full access, as of the application's clock. */
    public static String registerReadyAdult(String name) {
        String id = register(name, LocalDate.of(1980, 6, 15));
        confirmProfile(id);
        chooseFullAccess(id);
        return id;
    }

    public static void confirmProfile(String nationalId) {
        as(DevTokens.patient(nationalId))
                .body(Map.of("mobile", "+4790000000", "email", "test@example.no", "notifyBySms", true,
                        "notifyByEmail", false))
                .put("/api/v1/me/profile").then().statusCode(200);
    }

    public static void chooseFullAccess(String nationalId) {
        as(DevTokens.patient(nationalId)).body(Map.of("level", "FULL", "consent", true))
                .put("/api/v1/me/access-level").then().statusCode(200);
    }

    /** Registers {@code guardian} as guardian of {@code child}; returns the guardianship's id. */
    public static String registerGuardian(String guardian, String child) {
        GuardianshipRegistration registration = new GuardianshipRegistration().guardianNationalId(guardian)
                .childNationalId(child);
        try {
            ApiResponse<Guardianship> answer = ClinicSystem.of(Demo.DEMO_CLINIC).integration()
                    .registerGuardianshipWithHttpInfo(registration, null);
            assertThat(answer.getStatusCode()).as("registerGuardianship: created").isEqualTo(201);
            return answer.getData().getId().toString();
        } catch (ApiException e) {
            throw new AssertionError("registerGuardianship answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /**
     * The person moves to a GP at another clinic (R15): the new clinic's system asks to take them over,
     * and the person accepts in the portal.
     */
    public static void moveTo(String nationalId, String clinic, String gpHpr) {
        String transfer = transferRequested(nationalId, clinic, gpHpr);
        as(DevTokens.patient(nationalId)).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200);
    }

    /** Another clinic asks to take the person over (R15); returns the pending request's id. */
    public static String transferRequested(String nationalId, String clinic, String gpHpr) {
        return as(DevTokens.integration(clinic))
                .body(Map.of("nationalId", nationalId, "name", "Flyttet Pasient", "gpHpr", gpHpr, "transfer", true))
                .post("/api/v1/integration/patients").then().statusCode(202).extract().path("id");
    }
}
