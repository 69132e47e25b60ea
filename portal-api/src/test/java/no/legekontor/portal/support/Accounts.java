package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;
import static no.legekontor.portal.support.Api.as;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;

/** Sets up people for a test through the public APIs, as a clinic system and the person would. */
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
        given().auth().oauth2(DevTokens.integration(Demo.DEMO_CLINIC)).contentType(ContentType.JSON)
                .body(Map.of("nationalId", nationalId, "name", name, "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then().statusCode(201);
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
        return given().auth().oauth2(DevTokens.integration(Demo.DEMO_CLINIC)).contentType(ContentType.JSON)
                .body(Map.of("guardianId", guardian, "childId", child))
                .post("/api/v1/integration/guardianships").then().statusCode(201)
                .extract().path("id");
    }

    /** The person moves to a GP at another clinic (the new clinic's system takes them over, R15). */
    public static void moveTo(String nationalId, String clinic, String gpHpr) {
        given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .body(Map.of("nationalId", nationalId, "name", "Flyttet Pasient", "gpHpr", gpHpr, "transfer", true))
                .post("/api/v1/integration/patients").then().statusCode(200);
    }
}
