package no.legekontor.portal.sicknote;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.client.model.Problem;
import no.legekontor.portal.client.model.ProblemFieldError;
import no.legekontor.portal.client.model.SickNoteRecord;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.Records;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SickNoteTest {

    /** Kari's active demo sick note (docs/rules.md, the demo people). */
    static final String KARIS_SICK_NOTE = "00000000-0000-4000-b000-000000000001";

    private static LocalDate today() {
        return LocalDate.now(BusinessCalendar.OSLO);
    }

    @Test
    void kariSeesHerActiveSickNoteAsExtendable() {
        asPatient(KARI).get("/api/v1/sick-notes").then()
                .statusCode(200)
                .body("items.find { it.id == '" + KARIS_SICK_NOTE + "' }.status", equalTo("ACTIVE"))
                .body("items.find { it.id == '" + KARIS_SICK_NOTE + "' }.gradePercent", equalTo(100));
    }

    @Test
    void activeSickNoteCanBeExtendedToALaterDay() {
        String patient = Accounts.registerReadyAdult("Syk Sigrid");
        String note = Records.sickNote(patient, today().minusDays(5), today().plusDays(2));
        extend(patient, note, today().plusDays(12))
                .statusCode(201)
                .body("type", equalTo("SICK_LEAVE_EXTENSION"))
                .body("status", equalTo("SUBMITTED"))
                .body("regarding.sickNoteId", equalTo(note))
                .body("regarding.requestedUntil", equalTo(today().plusDays(12).toString()))
                .body("fee", org.hamcrest.Matchers.nullValue());
        asPatient(patient).get("/api/v1/sick-notes").then()
                .body("items[0].extendable", equalTo(false))
                .body("items[0].extensionConversationId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void sickNoteThatEndedSevenDaysAgoCanStillBeExtended() {
        String patient = Accounts.registerReadyAdult("Sju Dager");
        String note = Records.sickNote(patient, today().minusDays(20), today().minusDays(7));
        extend(patient, note, today().plusDays(7)).statusCode(201);
    }

    @Test
    void sickNoteThatEndedEightDaysAgoIsNotExtendableAndThePatientIsToldToBookOrCall() {
        String patient = Accounts.registerReadyAdult("Åtte Dager");
        String note = Records.sickNote(patient, today().minusDays(20), today().minusDays(8));
        extend(patient, note, today().plusDays(7))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-extendable"))
                .body("detail", containsString("22 00 00 00"))
                .body("detail", containsString("bestill time"));
        asPatient(patient).get("/api/v1/sick-notes").then()
                .body("items[0].status", equalTo("ENDED"))
                .body("items[0].extendable", equalTo(false));
    }

    @Test
    void extensionMustBeToADayAfterTheNotesLastDay() {
        String patient = Accounts.registerReadyAdult("Samme Dag");
        String note = Records.sickNote(patient, today().minusDays(3), today().plusDays(3));
        extend(patient, note, today().plusDays(3)).statusCode(422).body("type", endsWith("/not-extendable"));
    }

    @Test
    void sickNoteThatHasNotStartedCannotBeExtended() {
        String patient = Accounts.registerReadyAdult("Fremtid Frode");
        String note = Records.sickNote(patient, today().plusDays(3), today().plusDays(10));
        extend(patient, note, today().plusDays(20)).statusCode(422).body("type", endsWith("/not-extendable"));
    }

    @Test
    void secondExtensionWhileTheFirstIsOpenIsADuplicate() {
        String patient = Accounts.registerReadyAdult("To Ganger");
        String note = Records.sickNote(patient, today().minusDays(3), today().plusDays(3));
        extend(patient, note, today().plusDays(10)).statusCode(201);
        extend(patient, note, today().plusDays(14)).statusCode(409).body("type", endsWith("/duplicate-request"));
    }

    @Test
    void anotherPatientsSickNoteIsNotFound() {
        extend(Accounts.registerReadyAdult("Fremmed Frank"), KARIS_SICK_NOTE, today().plusDays(30))
                .statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void sickNoteEndingBeforeItStartsIsRefusedWithTheField() {
        SickNoteRecord record = new SickNoteRecord().externalId("bad").nationalId(KARI)
                .fromDate(LocalDate.of(2026, 5, 10)).toDate(LocalDate.of(2026, 5, 9)).gradePercent(50);
        Problem problem = ClinicSystem.expectProblem(400, "validation-failed",
                () -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().upsertSickNote(record, null));
        assertThat(problem.getErrors()).extracting(ProblemFieldError::getField).containsExactly("toDate");
    }

    @Test
    void gradeAboveOneHundredPercentIsRefused() {
        SickNoteRecord record = new SickNoteRecord().externalId("bad-grade").nationalId(KARI)
                .fromDate(LocalDate.of(2026, 5, 1)).toDate(LocalDate.of(2026, 5, 9)).gradePercent(120);
        ClinicSystem.expectProblem(400, "validation-failed",
                () -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().upsertSickNote(record, null));
    }

    private static ValidatableResponse extend(String patient, String note, LocalDate until) {
        return asPatient(patient)
                .body(Map.of("sickNoteId", note, "requestedUntil", until.toString(), "comment", "Fortsatt vondt."))
                .post("/api/v1/sick-leave-extensions").then();
    }
}
